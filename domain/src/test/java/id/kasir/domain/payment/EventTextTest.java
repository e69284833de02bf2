package id.kasir.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.domain.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTextTest {

    @Test
    void argumentsAreTaggedByTypeAndSurviveStorage() {
        EventText text = EventText.of("gateway-says-flagged", EventText.key("source.QUERY"), "settlement",
                PaymentStatus.PAID, Money.idr(15_000), Instant.parse("2026-11-30T10:00:00Z"), "a\u001Fb");

        assertThat(text.args()).containsExactly("k:source.QUERY", "x:settlement", "s:PAID", "m:IDR 15000.00",
                "t:2026-11-30T10:00:00Z", "x:a b");
        assertThat(EventText.stored(text.code(), text.joinedArgs())).isEqualTo(text);
        assertThat(EventText.stored("issued", "")).isEqualTo(new EventText("issued", List.of()));
        assertThat(EventText.stored(null, null)).isNull();
    }

    @Test
    void typedTextNeverBecomesAMessageCode() {
        assertThat(EventText.of("cancelled", "k:login.title").args()).containsExactly("x:k:login.title");
        assertThatThrownBy(() -> new EventText("Not A Code!", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
