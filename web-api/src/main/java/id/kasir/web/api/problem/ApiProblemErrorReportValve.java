package id.kasir.web.api.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on an error, for requests it refuses before any servlet, filter or error page
 * can run: an encoded slash or NUL in the path, invalid percent-encoding, a backslash, a request line
 * or header too large. Under {@code /api}, and when the request line could not be read at all, the
 * answer is a problem+json like every other API error; elsewhere Tomcat's own report, without server
 * details or stack trace (as Spring Boot configures it).
 */
final class ApiProblemErrorReportValve extends ErrorReportValve {

    ApiProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        // No path at all: Tomcat could not read the request line (a raw backslash or non-ASCII byte in
        // it, a line longer than the header buffer), so nobody can tell whom it was for. It gets the
        // API's answer, which carries nothing a browser would need either.
        if (path != null && !ContainerProblems.isApiPath(path)) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemDetail problem = ContainerProblems.forStatus(status);
        try {
            response.setContentType("application/problem+json");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemJson.toJson(Problems.at(path, problem)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException closed) {
            // the client is gone or the response was taken over; nothing more to say
        }
    }
}
