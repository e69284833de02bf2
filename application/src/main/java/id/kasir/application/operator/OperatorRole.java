package id.kasir.application.operator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an ops person may do. VIEWER reads; OPERATOR acts on payments; FINANCE resolves money
 * exceptions; APPROVER approves payouts (with the payout issue); ADMIN does everything, users included.
 */
public enum OperatorRole {
    VIEWER, OPERATOR, FINANCE, APPROVER, ADMIN;

    /** The stored form: names joined by commas, in declaration order. */
    public static String join(Set<OperatorRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Reads the stored form; blanks are skipped, an unknown name is refused. */
    public static Set<OperatorRole> parse(String commaSeparated) {
        EnumSet<OperatorRole> roles = EnumSet.noneOf(OperatorRole.class);
        if (commaSeparated == null) {
            return roles;
        }
        Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(s -> roles.add(OperatorRole.valueOf(s.toUpperCase(Locale.ROOT))));
        return roles;
    }
}
