package org.lotuspathway.documents;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet's multipart limits, raised to fit the largest document ({@code lotus.documents.max-size})
 * with room for the form's other fields. A file a little over the documents' limit then reaches
 * {@link CaseDocuments}, which says what the limit is; a request over the multipart limit is
 * refused with 413 before it is read (security/RequestSizeLimit). Other uploads keep their own
 * checks (the modeler's 2 MB a file).
 */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentsConfiguration {

    /** The form's title, kind and token, and the part headers. */
    static final DataSize ROOM_FOR_THE_FORM = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, DocumentSettings documents) {
        long document = documents.maxSize().toBytes() + ROOM_FOR_THE_FORM.toBytes();
        MultipartConfigElement configured = multipart.createMultipartConfig();
        return new MultipartConfigElement(configured.getLocation(), atLeast(configured.getMaxFileSize(), document),
                atLeast(configured.getMaxRequestSize(), document), configured.getFileSizeThreshold());
    }

    /** A negative limit is none at all, and stays so. */
    private static long atLeast(long limit, long least) {
        return limit < 0 ? limit : Math.max(limit, least);
    }
}
