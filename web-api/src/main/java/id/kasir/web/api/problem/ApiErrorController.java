package id.kasir.web.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of the whole application ({@code /error}), where the servlet container sends what
 * failed outside Spring MVC (Tomcat refusing TRACE, an exception escaping a filter, a
 * {@code sendError} anywhere). For a request under {@code /api} the answer is a problem+json whatever
 * the client accepts; everything else gets Spring Boot's error handling unchanged (the portal's error
 * page, Boot's JSON).
 */
public class ApiErrorController extends BasicErrorController {

    public ApiErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
                              List<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, errorProperties, errorViewResolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!answeredAsProblem(request, response)) {
            return super.errorHtml(request, response);
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        return answeredAsProblem(request, currentResponse()) ? null : super.error(request);
    }

    @Override
    public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
        return answeredAsProblem(request, currentResponse()) ? null : super.mediaTypeNotAcceptable(request);
    }

    private static HttpServletResponse currentResponse() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
    }

    /** Writes the problem when the failed request was the API's; returns whether it did. */
    static boolean answeredAsProblem(HttpServletRequest request, HttpServletResponse response) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : null;
        if (!ContainerProblems.isApiPath(path)) {
            return false;
        }
        ProblemDetail problem = ContainerProblems.forErrorDispatch(request);
        if (problem.getStatus() == 503) {
            response.setHeader("Retry-After", String.valueOf(StoreOutages.RETRY_AFTER_SECONDS));
        }
        try {
            ProblemJson.write(response, Problems.at(path, problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
