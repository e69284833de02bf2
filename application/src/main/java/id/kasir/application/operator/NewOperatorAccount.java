package id.kasir.application.operator;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** An account as an admin asks for it: a username, a name to show, at least one role. */
public record NewOperatorAccount(String username, String displayName, Set<OperatorRole> roles) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    public NewOperatorAccount {
        username = normalizeUsername(username);
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "A username is 3 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        if (displayName.length() > 128) {
            throw new IllegalArgumentException("The display name is longer than 128 characters");
        }
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        roles = Set.copyOf(roles);
    }

    /** Usernames are compared without case and surrounding spaces, as people type them. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
