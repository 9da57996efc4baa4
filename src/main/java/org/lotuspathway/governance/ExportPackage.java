package org.lotuspathway.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.lotuspathway.governance.ExportContent.CaseContent;
import org.lotuspathway.governance.ExportContent.ExportFile;
import org.lotuspathway.governance.ExportContent.Part;
import org.springframework.stereotype.Component;

/**
 * The ZIP a subject access request is answered with: record.pdf to read, record.json for a
 * computer (the same content, fields named as in docs/operations.md, "Subject access"), and the
 * letters as printed and the documents not withheld, each under its case's key.
 */
@Component
class ExportPackage {

    static final String PDF = "record.pdf";
    static final String JSON = "record.json";
    static final String FORMAT = "lotus-pathway-subject-access/1";

    private final ObjectMapper json;
    private final ExportPdf pdf;

    ExportPackage(ObjectMapper json, ExportPdf pdf) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.pdf = pdf;
    }

    byte[] zip(ExportContent content) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            add(out, PDF, pdf.print(content));
            add(out, JSON, json(content));
            for (ExportFile file : content.files()) {
                add(out, file.path(), file.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    byte[] json(ExportContent content) {
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("format", FORMAT);
        whole.put("producedAt", content.producedAt());
        whole.put("practitioner", content.practitioner());
        whole.put("record", parts(content.record()));
        whole.put("cases", content.cases().stream().map(ExportPackage::oneCase).toList());
        whole.put("withheld", content.withheld());
        whole.put("auditTrail", content.auditTrail().entries());
        whole.put("files", content.files().stream().map(ExportFile::path).toList());
        try {
            return json.writeValueAsBytes(whole);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The export could not be written as JSON", e);
        }
    }

    private static Map<String, Object> oneCase(CaseContent one) {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("businessKey", one.businessKey());
        written.putAll(parts(one.parts()));
        return written;
    }

    /** Each part under its key; a part that is one thing (the concern, the record) as an object, others as lists. */
    private static Map<String, Object> parts(List<Part> parts) {
        Map<String, Object> written = new LinkedHashMap<>();
        for (Part part : parts) {
            boolean single = part.key().equals("concern") || part.key().equals("contactAndRegistration")
                    || part.key().equals("equality") || part.key().equals("legalHold");
            written.put(part.key(), single ? (part.entries().isEmpty() ? null : part.entries().get(0)) : part.entries());
        }
        return written;
    }

    private static void add(ZipOutputStream out, String path, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(path));
        out.write(bytes);
        out.closeEntry();
    }
}
