package id.kasir.web.api.problem;

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
}
