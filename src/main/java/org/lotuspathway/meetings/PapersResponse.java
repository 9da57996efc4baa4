package org.lotuspathway.meetings;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A meeting's papers and minutes leave the server as an attachment, never shown inline, and are not cached. */
final class PapersResponse {

    private PapersResponse() {
    }

    static ResponseEntity<byte[]> of(long meetingId, byte[] pdf) {
        return attachment("meeting-" + meetingId + "-papers.pdf", pdf);
    }

    static ResponseEntity<byte[]> minutes(long meetingId, byte[] pdf) {
        return attachment("meeting-" + meetingId + "-minutes.pdf", pdf);
    }

    private static ResponseEntity<byte[]> attachment(String filename, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(pdf);
    }
}
