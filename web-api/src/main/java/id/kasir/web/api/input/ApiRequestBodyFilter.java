package id.kasir.web.api.input;

import id.kasir.web.api.problem.ProblemJson;
import id.kasir.web.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate every request body to the merchant API passes before anything reads it:
 * <ul>
 *   <li>larger than {@code kasir.api.max-body-size} (declared, or found while reading a chunked body):
 *       413, without reading more than the limit;</li>
 *   <li>a body that is not {@code application/json}, or declares a charset other than UTF-8, or a
 *       {@code Content-Encoding}: 415 (RFC 8259: JSON exchanged between systems is UTF-8);</li>
 *   <li>bytes that are not UTF-8, or contain a NUL (never valid in JSON text; also how a UTF-16 body
 *       without a byte-order mark would otherwise be guessed as UTF-16 by the parser): 400.</li>
 * </ul>
 * A body that passes is handed on from memory. Requests without a body (GET, an empty POST) pass untouched.
 */
public final class ApiRequestBodyFilter extends OncePerRequestFilter {

    private final int maxBytes;

    public ApiRequestBodyFilter(long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("kasir.api.max-body-size must be between 1 byte and 2 GB");
        }
        this.maxBytes = (int) maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response, tooLarge());
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail unsupported = unsupportedMediaType(request);
        if (unsupported != null) {
            response.setHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
            refuse(request, response, unsupported);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            refuse(request, response, tooLarge());
            return;
        }
        ProblemDetail unreadable = notUtf8Json(body);
        if (unreadable != null) {
            refuse(request, response, unreadable);
            return;
        }
        chain.doFilter(new BufferedRequestBody(request, body), response);
    }

    private ProblemDetail tooLarge() {
        return Problems.of(413, "payload-too-large", "Request body too large",
                "The API accepts request bodies of at most " + maxBytes + " bytes");
    }

    private static ProblemDetail unsupportedMediaType(HttpServletRequest request) {
        for (String framing : new String[] {"Content-Type", "Content-Encoding"}) {
            // Two answers to "what is this body?" (the container would silently take the first): refused,
            // as a proxy in front of Kasir may have taken the other one.
            if (java.util.Collections.list(request.getHeaders(framing)).size() > 1) {
                return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                        "The request has more than one " + framing + " header; send one");
            }
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip())) {
            return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                    "The API reads uncompressed request bodies only (no Content-Encoding)");
        }
        String contentType = request.getContentType();
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unreadable) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                    "The API reads 'Content-Type: application/json' only" + (contentType == null ? ""
                            : " (this request says " + Problems.printable(contentType, 100) + ")"));
        }
        String charset = type.getParameter("charset");
        if (charset != null) {
            String name = charset.replace("\"", "").strip().toLowerCase(Locale.ROOT);
            if (!name.equals("utf-8") && !name.equals("utf8")) {
                return Problems.of(415, "unsupported-media-type", "Unsupported media type",
                        "The API reads UTF-8 only (this request says charset=" + Problems.printable(charset, 40) + ")");
            }
        }
        return null;
    }

    private static ProblemDetail notUtf8Json(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return malformed("The request body is not JSON in UTF-8: it contains a NUL byte (at byte " + (i + 1)
                        + "); UTF-16 and UTF-32 are not accepted");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return null;
        } catch (CharacterCodingException notUtf8) {
            return malformed("The request body is not valid UTF-8; the API reads UTF-8 only");
        }
    }

    private static ProblemDetail malformed(String detail) {
        return Problems.of(400, "malformed-request", "Malformed request", detail);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        ProblemJson.write(response, Problems.at(request, problem));
    }
}
