package id.kasir.web.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses ({@code /../}, {@code //}, {@code ;}, an encoded {@code %} or
 * {@code .}, a header with a control character): under {@code /api} a 400 problem+json; elsewhere a plain
 * 400 that the portal's error page renders, as Spring Security's own handler would.
 */
public final class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Refused a request the firewall rejects: {}", rejected.getMessage());
        if (ContainerProblems.isApiPath(request.getRequestURI())) {
            ProblemJson.write(response, Problems.at(request, ContainerProblems.rejectedRequest()));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
