package org.lotuspathway.governance;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A subject access export handed over: always as an attachment, never kept by a cache on the way. */
final class ExportZip {

    static ResponseEntity<byte[]> attachment(ExportJob export, byte[] zip) {
        String name = "subject-access-" + export.registration().replace(' ', '-') + "-" + export.id() + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(zip);
    }

    private ExportZip() {
    }
}
