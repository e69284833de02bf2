package id.kasir.application.operator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimates how many guesses a password would take (port). The portal implements it with zxcvbn4j,
 * whose dictionaries include a list of passwords from public breaches; the application only decides
 * what is strong enough ({@link PasswordRules}).
 */
public interface PasswordStrength {

    /**
     * @param password the candidate, never logged or stored by an implementation
     * @param context  words an attacker would try first for this account: its username, display name,
     *                 the product's name (matched as if they were in the dictionaries)
     */
    Estimate estimate(String password, List<String> context);

    /**
     * @param score    0 (guessed in under 10^3 tries) to 4 (over 10^10), zxcvbn's scale
     * @param weakness what mostly makes it guessable, when something does
     */
    record Estimate(int score, Optional<WeakPasswordException.Reason> weakness) {
        public Estimate {
            Objects.requireNonNull(weakness, "weakness");
            if (score < 0 || score > 4) {
                throw new IllegalArgumentException("score is 0 to 4, not " + score);
            }
        }
    }
}
