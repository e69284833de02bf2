package id.kasir.web.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problems for what the servlet container or Spring Security's firewall refuse before any API code
 * runs: a path that is not normalised, an encoded slash or NUL, a header too large, a query string
 * that is not valid percent-encoding. One place decides their status and type, for the error
 * controller, the firewall's handler and Tomcat's error report valve alike.
 */
public final class ContainerProblems {

    private static final Map<Integer, String> TYPES = Map.of(
            400, "malformed-request", 404, "not-found", 405, "request-not-supported", 406, "request-not-supported",
            413, "payload-too-large", 414, "malformed-request", 415, "unsupported-media-type",
            431, "malformed-request", 503, "service-unavailable");

    private ContainerProblems() {
    }

    /**
     * Whether {@code path} (as the client sent it, undecoded) is under the merchant API, also when it
     * is not normalised ({@code //api/…}, {@code /./api/…}, {@code /api;x/…}, {@code /api%2f…}): such a
     * request was meant for the API and gets the API's error format.
     */
    public static boolean isApiPath(String path) {
        if (path == null) {
            return false;
        }
        int start = 0;
        while (start < path.length() && (path.charAt(start) == '/' || path.startsWith("./", start))) {
            start += path.charAt(start) == '/' ? 1 : 2;
        }
        if (start == 0 || !path.startsWith("api", start)) {
            return false;
        }
        int next = start + 3;
        return next == path.length() || "/;?%\\".indexOf(path.charAt(next)) >= 0;
    }

    /** A status the container chose (4xx for the client's request, 5xx for ours) as a problem. */
    public static ProblemDetail forStatus(int status) {
        if (status >= 500) {
            return status == 503 ? StoreOutages.problem() : Problems.of(status, "internal-error", "Internal error",
                    "Something went wrong on our side");
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Bad request" : known.getReasonPhrase();
        return Problems.of(status, TYPES.getOrDefault(status, "malformed-request"), title, detailFor(status));
    }

    /** The firewall refused the request line (e.g. {@code /../}, {@code //}, {@code ;}, an encoded {@code %}). */
    public static ProblemDetail rejectedRequest() {
        return Problems.of(400, "malformed-request", "Malformed request", "The request's path or headers are not in "
                + "a form the API accepts: no '..', '//', ';', encoded '/', '\\', '%' or control characters");
    }

    /** Tomcat could not decode the query string. */
    public static ProblemDetail undecodableQuery(InvalidParameterException ex) {
        int status = ex.getErrorCode() >= 400 && ex.getErrorCode() < 500 ? ex.getErrorCode() : 400;
        return Problems.of(status, status == 400 ? "invalid-query" : TYPES.getOrDefault(status, "invalid-query"),
                "Invalid query", "The query string is not valid percent-encoded UTF-8 (a '%' must be followed by two "
                        + "hex digits; write '%' itself as %25)");
    }

    /** The problem for the request the container forwarded to the error page. */
    public static ProblemDetail forErrorDispatch(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable failure) {
            if (StoreOutages.isOutage(failure)) {
                return StoreOutages.problem();
            }
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof InvalidParameterException invalid) {
                    return undecodableQuery(invalid);
                }
            }
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return forStatus(status instanceof Integer code ? code : 500);
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no API endpoint at this path";
            case 405 -> "This endpoint does not take this HTTP method";
            case 413 -> "The request is larger than the API accepts";
            case 414, 431 -> "The request line or headers are larger than the API accepts";
            default -> "The request is not in a form the API accepts (its path, headers or query string)";
        };
    }
}
