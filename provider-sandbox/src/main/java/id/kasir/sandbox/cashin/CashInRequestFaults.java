package id.kasir.sandbox.cashin;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Wraps every Cash In request endpoint in the fault switchboard: HTTP_500 answers before processing;
 * TIMEOUT_UNPROCESSED holds the answer without processing (the request "never arrived"), then answers the
 * gateway's time-out code; MALFORMED_JSON, LATENCY and TIMEOUT process first and then spoil or hold the
 * answer. Held answers complete on the scheduler, so no request thread sleeps.
 */
final class CashInRequestFaults {

    static final String GATEWAY = "cashin";
    private static final Logger log = LoggerFactory.getLogger(CashInRequestFaults.class);
    private static final long DEFAULT_TIMEOUT_MILLIS = 30_000;

    private final SandboxFaults faults;
    private final CashInScheduler scheduler;

    CashInRequestFaults(SandboxFaults faults, CashInScheduler scheduler) {
        this.faults = faults;
        this.scheduler = scheduler;
    }

    DeferredResult<ResponseEntity<String>> answer(String endpoint, GatewayAnswer internalError,
                                                   Supplier<GatewayAnswer> process) {
        GatewayAnswer answer;
        long delay = 0;
        Optional<FaultRule> lost = faults.fire(GATEWAY, endpoint, Fault.TIMEOUT_UNPROCESSED);
        if (lost.isPresent()) {
            answer = GatewayAnswer.timedOut(internalError);
            delay += lost.get().latencyMillis() > 0 ? lost.get().latencyMillis() : DEFAULT_TIMEOUT_MILLIS;
        } else if (faults.fire(GATEWAY, endpoint, Fault.HTTP_500).isPresent()) {
            answer = internalError;
        } else {
            answer = processSafely(endpoint, internalError, process);
            if (faults.fire(GATEWAY, endpoint, Fault.MALFORMED_JSON).isPresent()) {
                answer = new GatewayAnswer(200, answer.body().substring(0, answer.body().length() / 2) + "<html>");
            }
        }
        delay += faults.fire(GATEWAY, endpoint, Fault.LATENCY).map(FaultRule::latencyMillis).orElse(0L);
        Optional<FaultRule> timeout = faults.fire(GATEWAY, endpoint, Fault.TIMEOUT);
        if (timeout.isPresent()) {
            delay += timeout.get().latencyMillis() > 0 ? timeout.get().latencyMillis() : DEFAULT_TIMEOUT_MILLIS;
        }
        DeferredResult<ResponseEntity<String>> result = new DeferredResult<>(delay + 10_000L);
        ResponseEntity<String> entity = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON).body(answer.body());
        if (delay == 0) {
            result.setResult(entity);
        } else {
            scheduler.later(Duration.ofMillis(delay), () -> result.setResult(entity));
        }
        return result;
    }

    private static GatewayAnswer processSafely(String endpoint, GatewayAnswer internalError,
                                               Supplier<GatewayAnswer> process) {
        try {
            return process.get();
        } catch (RuntimeException e) {
            log.warn("Cash In sandbox failed to process {}: {}", endpoint, e.toString());
            return internalError;
        }
    }
}
