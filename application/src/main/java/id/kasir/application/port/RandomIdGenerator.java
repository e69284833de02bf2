package id.kasir.application.port;

import id.kasir.domain.payment.PaymentId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/**
 * Ids from the JDK: UUIDs for payments, and 20-character references that start with the time (so
 * they sort roughly by creation) and end with 10 random base-36 characters (36^10 ≈ 3.6e15 per
 * millisecond: collisions are not a practical concern, and the database's unique key catches one).
 */
public final class RandomIdGenerator implements IdGenerator {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public RandomIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public PaymentId newPaymentId() {
        return new PaymentId(UUID.randomUUID().toString());
    }

    @Override
    public String newReference() {
        String time = Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT);
        StringBuilder ref = new StringBuilder("K").append(time);
        while (ref.length() < 20) {
            ref.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return ref.toString();
    }

    @Override
    public String newToken() {
        return UUID.randomUUID().toString();
    }
}
