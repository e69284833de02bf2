package id.kasir.adapters.cashin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Cash In's notify callbacks arrive. Takes the raw bytes (the signature covers them, so nothing
 * may be parsed and re-serialised before checking) and leaves everything else to {@link CashInNotifyEndpoint}.
 */
@RestController
public class CashInNotificationController {

    private final CashInNotifyEndpoint endpoint;

    public CashInNotificationController(CashInNotifyEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping({"/v1.0/debit/notify", "/v1.0/qr/qr-mpm-notify"})
    public ResponseEntity<String> notify(@RequestBody(required = false) byte[] body, HttpServletRequest request) {
        CashInNotifyEndpoint.Response response = endpoint.handle(request.getRequestURI(),
                request.getRequestURL().toString(), request::getHeader, body, request.getRemoteAddr());
        return ResponseEntity.status(response.httpStatus()).contentType(MediaType.APPLICATION_JSON)
                .body(response.body());
    }
}
