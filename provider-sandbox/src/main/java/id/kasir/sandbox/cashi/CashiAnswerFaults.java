package id.kasir.sandbox.cashi;

import id.kasir.sandbox.faults.Fault;
import id.kasir.sandbox.faults.FaultRule;
import id.kasir.sandbox.faults.SandboxFaults;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Applies the request faults to one of Cashi's API answers: HTTP_500 (not processed), MALFORMED_JSON
 * (processed, then an unreadable 200), LATENCY and TIMEOUT (processed, answer held). A held answer is
 * completed by a scheduled task, so no request thread sleeps.
 */
final class CashiAnswerFaults {

    private static final long DEFAULT_TIMEOUT_HOLD_MILLIS = 30_000;
    private static final long ASYNC_MARGIN_MILLIS = 60_000;

    private final SandboxFaults faults;
    private final ScheduledExecutorService executor;

    CashiAnswerFaults(SandboxFaults faults, ScheduledExecutorService executor) {
        this.faults = faults;
        this.executor = executor;
    }

    DeferredResult<ResponseEntity<String>> answer(String endpoint, Supplier<ResponseEntity<String>> process) {
        if (fire(endpoint, Fault.HTTP_500).isPresent()) {
            return now(CashiJson.error(500, "Internal Server Error"));
        }
        ResponseEntity<String> answer = process.get();
        if (fire(endpoint, Fault.MALFORMED_JSON).isPresent()) {
            // Cut off mid-object, still labelled JSON: a client must not trust the content type.
            String body = answer.getBody() == null ? "{" : answer.getBody();
            answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(body.substring(0, Math.max(1, body.length() / 2)));
        }
        long hold = fire(endpoint, Fault.LATENCY).map(FaultRule::latencyMillis).orElse(0L)
                + fire(endpoint, Fault.TIMEOUT)
                .map(rule -> rule.latencyMillis() > 0 ? rule.latencyMillis() : DEFAULT_TIMEOUT_HOLD_MILLIS).orElse(0L);
        if (hold <= 0) {
            return now(answer);
        }
        DeferredResult<ResponseEntity<String>> held = new DeferredResult<>(hold + ASYNC_MARGIN_MILLIS);
        ResponseEntity<String> finalAnswer = answer;
        executor.schedule(() -> held.setResult(finalAnswer), hold, TimeUnit.MILLISECONDS);
        return held;
    }

    private Optional<FaultRule> fire(String endpoint, Fault fault) {
        return faults.fire(CashiWebhookSender.GATEWAY, endpoint, fault);
    }

    static DeferredResult<ResponseEntity<String>> now(ResponseEntity<String> answer) {
        DeferredResult<ResponseEntity<String>> result = new DeferredResult<>();
        result.setResult(answer);
        return result;
    }
}
