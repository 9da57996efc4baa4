package org.lotuspathway.security;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413 and a plain message: JSON for the API, the
 * error page for a browser. A body that says its length is refused before it is read; one sent in
 * chunks is cut off at the limit, which its reader reports as unreadable.
 * <p>
 * Multipart bodies too: Spring Security's CSRF filter asks for a parameter, which makes Tomcat
 * parse the whole body, for anyone, signed in or not. Only the uploads ({@link #UPLOADS}) may be
 * larger: POSTs to /api/deployments and the modeler up to {@code spring.servlet.multipart.max-request-size}
 * as configured, and a case's documents up to the servlet's multipart limit, raised to fit a document.
 * Elsewhere a multipart body must say its length (411 if not), since Tomcat parses it without
 * going through the counter a chunked body is read through.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Pattern MODEL_UPLOAD_PATHS = Pattern.compile("/api/deployments|/modeler(?:/.*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_UPLOAD_PATHS = Pattern.compile("(?:/api)?/cases/[^/]+/documents",
            Pattern.CASE_INSENSITIVE);

    /** Where leads upload diagrams, decisions and forms. */
    static final RequestMatcher MODEL_UPLOADS = uploadTo(MODEL_UPLOAD_PATHS);
    /** Where the case team adds documents to a case. */
    static final RequestMatcher DOCUMENT_UPLOADS = uploadTo(DOCUMENT_UPLOAD_PATHS);
    static final RequestMatcher UPLOADS = request -> MODEL_UPLOADS.matches(request) || DOCUMENT_UPLOADS.matches(request);

    private final DataSize limit;
    private final DataSize modelUploadLimit;
    private final DataSize documentUploadLimit;

    RequestSizeLimit(DataSize limit, DataSize modelUploadLimit, DataSize documentUploadLimit) {
        this.limit = limit;
        this.modelUploadLimit = noneIfNegative(modelUploadLimit);
        this.documentUploadLimit = noneIfNegative(documentUploadLimit);
    }

    private static RequestMatcher uploadTo(Pattern paths) {
        return request -> HttpMethod.POST.matches(request.getMethod())
                && paths.matcher(CamundaPaths.normalised(request)).matches();
    }

    /** A negative multipart limit means none. */
    private static DataSize noneIfNegative(DataSize limit) {
        return limit == null || limit.isNegative() ? DataSize.ofBytes(Long.MAX_VALUE) : limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        long length = request.getContentLengthLong();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            boolean upload = UPLOADS.matches(request);
            DataSize allowed = MODEL_UPLOADS.matches(request) ? modelUploadLimit
                    : DOCUMENT_UPLOADS.matches(request) ? documentUploadLimit : limit;
            if (length > allowed.toBytes()) {
                refuse(request, response, allowed);
            } else if (length < 0 && !upload && request.getHeader("Transfer-Encoding") != null) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED,
                        "A multipart request must say how long it is");
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        if (length > limit.toBytes()) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(length < 0 && request.getHeader("Transfer-Encoding") != null ? new Limited(request) : request,
                response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
            throws IOException {
        String message = "The request is larger than " + describe(limit) + ", the most this service accepts";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":413,\"message\":\"" + message + "\",\"errors\":{}}");
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
        }
    }

    private static String describe(DataSize size) {
        return size.toMegabytes() > 0 && size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0
                ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    /** A body without a stated length, read through a counter that stops at the limit. */
    private final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream counted;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream());
            }
            return counted;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }
    }

    private final class Counted extends ServletInputStream {

        private final ServletInputStream body;
        private long read;

        Counted(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit.toBytes()) {
                throw new IOException("The request is larger than " + describe(limit));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
