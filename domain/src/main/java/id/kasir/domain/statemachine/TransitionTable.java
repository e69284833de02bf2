package id.kasir.domain.statemachine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of allowed status changes for an aggregate. A change not in the table does not
 * happen. Some allowed changes are <em>flagged</em>: they are applied, but ops must look at them
 * (a payment paid after we expired it, say).
 *
 * <p>The table also draws itself as a Mermaid state diagram, so the picture in the docs is generated
 * from this code and a test can fail when the two disagree.
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Class<S> type;
    private final S initial;
    private final Map<S, Set<S>> allowed;
    private final Map<S, Map<S, String>> flagged;

    private TransitionTable(Class<S> type, S initial, Map<S, Set<S>> allowed, Map<S, Map<S, String>> flagged) {
        this.type = type;
        this.initial = initial;
        this.allowed = allowed;
        this.flagged = flagged;
    }

    public static <S extends Enum<S>> Builder<S> startingAt(S initial) {
        return new Builder<>(initial.getDeclaringClass(), initial);
    }

    public boolean allows(S from, S to) {
        return allowed.get(from).contains(to);
    }

    /** Why this allowed change needs ops' attention, if it does. */
    public Optional<String> flagFor(S from, S to) {
        return Optional.ofNullable(flagged.get(from).get(to));
    }

    public Set<S> targetsOf(S from) {
        return Collections.unmodifiableSet(allowed.get(from));
    }

    public boolean isTerminal(S state) {
        return allowed.get(state).isEmpty();
    }

    public S initial() {
        return initial;
    }

    public Class<S> type() {
        return type;
    }

    /** Every allowed change as "FROM --> TO", in declaration order of the states. */
    public List<String> edges() {
        List<String> edges = new ArrayList<>();
        for (S from : type.getEnumConstants()) {
            for (S to : allowed.get(from)) {
                edges.add(from.name() + " --> " + to.name());
            }
        }
        return edges;
    }

    /** A Mermaid {@code stateDiagram-v2}; flagged changes carry their reason as a label. */
    public String toMermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(initial.name()).append('\n');
        for (S from : type.getEnumConstants()) {
            for (S to : allowed.get(from)) {
                out.append("    ").append(from.name()).append(" --> ").append(to.name());
                String flag = flagged.get(from).get(to);
                if (flag != null) {
                    out.append(" : ").append(flag);
                }
                out.append('\n');
            }
        }
        for (S state : type.getEnumConstants()) {
            if (isTerminal(state)) {
                out.append("    ").append(state.name()).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final S initial;
        private final Map<S, EnumSet<S>> allowed;
        private final Map<S, EnumMap<S, String>> flagged;

        private Builder(Class<S> type, S initial) {
            this.type = type;
            this.initial = initial;
            this.allowed = new EnumMap<>(type);
            this.flagged = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                allowed.put(s, EnumSet.noneOf(type));
                flagged.put(s, new EnumMap<>(type));
            }
        }

        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            for (S target : to) {
                if (target == from) {
                    throw new IllegalArgumentException("A state does not transition to itself: " + from);
                }
                allowed.get(from).add(target);
            }
            return this;
        }

        /** Allows the change, but marks it as one ops must look at, with the reason. */
        public Builder<S> allowFlagged(S from, S to, String reason) {
            allow(from, to);
            flagged.get(from).put(to, Objects.requireNonNull(reason));
            return this;
        }

        public TransitionTable<S> build() {
            Map<S, Set<S>> frozenAllowed = new EnumMap<>(type);
            Map<S, Map<S, String>> frozenFlagged = new EnumMap<>(type);
            allowed.forEach((k, v) -> frozenAllowed.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v))));
            flagged.forEach((k, v) -> frozenFlagged.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
            return new TransitionTable<>(type, initial, frozenAllowed, frozenFlagged);
        }
    }
}
