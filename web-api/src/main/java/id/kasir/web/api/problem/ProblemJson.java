package id.kasir.web.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ProblemDetail;

/**
 * Writes a problem detail straight to the servlet response, for the few places that answer before
 * Spring MVC's message converters can (the security chain, requests no API handler took).
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as for every other API answer.
        response.setContentType("application/problem+json");
        byte[] body = toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        // Sent now: a request refused before its body was read (413) must not wait for the container to
        // finish swallowing that body before the client sees why.
        response.flushBuffer();
    }

    /** The problem's standard members as one JSON object (extension members are not written here). */
    public static String toJson(ProblemDetail problem) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"type\":").append(quote(String.valueOf(problem.getType())));
        json.append(",\"title\":").append(quote(problem.getTitle()));
        json.append(",\"status\":").append(problem.getStatus());
        json.append(",\"detail\":").append(quote(problem.getDetail()));
        if (problem.getInstance() != null) {
            json.append(",\"instance\":").append(quote(problem.getInstance().toString()));
        }
        json.append('}');
        return json.toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
