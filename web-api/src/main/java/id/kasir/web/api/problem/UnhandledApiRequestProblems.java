package id.kasir.web.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for requests under {@code /api/} that no API controller took: an unknown path
 * (404) or a method the path does not allow (405). These fail before a controller is chosen, so the
 * controller-scoped {@link MerchantApiProblemHandler} never sees them; without this, they would get
 * the servlet container's error page instead of the API's error format.
 */
public final class UnhandledApiRequestProblems implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        boolean apiPath = ContainerProblems.isApiPath(request.getRequestURI());
        boolean apiController = handler instanceof HandlerMethod method
                && method.getBeanType().getPackageName().startsWith("id.kasir.web.api");
        if (!apiPath || apiController || !(ex instanceof ErrorResponse error)) {
            return null;
        }
        ProblemDetail problem = ProblemDetail.forStatus(error.getStatusCode());
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
        problem.setType(URI.create("urn:kasir:problem:" + (error.getStatusCode().value() == 404 ? "not-found"
                : "request-not-supported")));
        problem.setDetail(error.getStatusCode().value() == 404 ? "There is no API endpoint at this path"
                : error.getBody().getDetail());
        Problems.at(request, problem);
        error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        try {
            ProblemJson.write(response, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
