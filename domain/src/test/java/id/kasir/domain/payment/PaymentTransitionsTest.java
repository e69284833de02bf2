package id.kasir.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every from/to pair of the payment status machine, against a matrix written out here by hand from
 * DESIGN.md (Y allowed, F allowed and flagged for ops, . refused), so a change to the table in code
 * must be made twice, on purpose.
 */
class PaymentTransitionsTest {

    private static final String MATRIX = """
            from\\to    PENDING OPEN PAYING PAID FAILED EXPIRED CANCELLED
            PENDING    .       Y    Y      Y    Y      Y       Y
            OPEN       .       .    Y      Y    Y      Y       Y
            PAYING     .       .    .      Y    Y      Y       Y
            PAID       .       .    .      .    .      .       .
            FAILED     .       .    .      F    .      .       .
            EXPIRED    .       .    .      F    .      .       .
            CANCELLED  .       .    .      F    .      .       .
            """;

    static Stream<Arguments> everyPair() {
        List<String> rows = MATRIX.lines().skip(1).toList();
        PaymentStatus[] columns = PaymentStatus.values();
        List<Arguments> pairs = new ArrayList<>();
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            PaymentStatus from = PaymentStatus.valueOf(cells[0]);
            for (int i = 0; i < columns.length; i++) {
                pairs.add(Arguments.of(from, columns[i], cells[i + 1].charAt(0)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void theTableAllowsExactlyTheDesignedChanges(PaymentStatus from, PaymentStatus to, char expected) {
        assertThat(PaymentTransitions.TABLE.allows(from, to)).isEqualTo(expected != '.');
        assertThat(PaymentTransitions.TABLE.flagFor(from, to).isPresent()).isEqualTo(expected == 'F');
    }

    @ParameterizedTest(name = "matrix covers {0}")
    @MethodSource("statuses")
    void theMatrixCoversEveryStatus(PaymentStatus status) {
        assertThat(MATRIX).contains(status.name());
    }

    static Stream<PaymentStatus> statuses() {
        return Stream.of(PaymentStatus.values());
    }
}
