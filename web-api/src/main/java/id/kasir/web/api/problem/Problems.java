package id.kasir.web.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problem types of the merchant API: {@code urn:kasir:problem:<name>}, listed in web-api/README.md. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(int status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create("urn:kasir:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    /** Sets {@code instance} to the path that was asked for, unless it is not a valid URI reference. */
    public static ProblemDetail at(HttpServletRequest request, ProblemDetail problem) {
        return at(request.getRequestURI(), problem);
    }

    /** Sets {@code instance} to {@code path}, unless it is null or not a valid URI reference (then it is left out). */
    public static ProblemDetail at(String path, ProblemDetail problem) {
        if (path != null && problem.getInstance() == null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException unusualPath) {
                // an odd path is the client's; the problem is still worth answering without it
            }
        }
        return problem;
    }

    /**
     * Client-supplied text fit to quote in a problem: printable ASCII only (anything else becomes
     * {@code ?}, so no control or bidirectional character reaches a log or a screen), at most {@code max}
     * characters.
     */
    public static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
