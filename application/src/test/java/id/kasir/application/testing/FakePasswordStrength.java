package id.kasir.application.testing;

import id.kasir.application.operator.PasswordStrength;
import id.kasir.application.operator.WeakPasswordException;
import java.util.List;
import java.util.Optional;

/**
 * A strength estimate a test can predict: fewer than five different characters is "repeated" (score 0),
 * anything else is strong (score 4). The portal's tests use the real zxcvbn estimate.
 */
public final class FakePasswordStrength implements PasswordStrength {
    @Override
    public Estimate estimate(String password, List<String> context) {
        return password.codePoints().distinct().count() < 5
                ? new Estimate(0, Optional.of(WeakPasswordException.Reason.REPEATED))
                : new Estimate(4, Optional.empty());
    }
}
