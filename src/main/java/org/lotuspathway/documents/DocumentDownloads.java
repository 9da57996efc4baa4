package org.lotuspathway.documents;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every document leaves the server: as an attachment, with the type its content was found to
 * be and "nosniff", so no browser ever shows one inline or guesses it to be a web page.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static ResponseEntity<byte[]> attachment(CaseDocuments.Download download) {
        CaseDocument document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(download.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.downloadName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(download.bytes());
    }
}
