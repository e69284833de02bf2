package id.kasir.sandbox.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The switchboard of faults, shared by the three simulated gateways. Tests and benchmarks switch
 * faults on and off at run time, in process through this bean or over HTTP through
 * {@link SandboxFaultsController}. Default: no faults.
 */
public class SandboxFaults {

    private final List<Active> rules = new CopyOnWriteArrayList<>();

    public void add(FaultRule rule) {
        rules.add(new Active(rule, new AtomicInteger()));
    }

    public void clear() {
        rules.clear();
    }

    public void clear(String gateway) {
        rules.removeIf(a -> a.rule.gateway().equals(gateway));
    }

    public List<FaultRule> rules() {
        List<FaultRule> out = new ArrayList<>();
        rules.forEach(a -> out.add(a.rule));
        return out;
    }

    /**
     * The rule for this fault on this endpoint if it is switched on, counting one firing; a rule with
     * a {@code times} limit is removed once it has fired that often.
     */
    public Optional<FaultRule> fire(String gateway, String endpoint, Fault fault) {
        for (Active active : rules) {
            if (active.rule.fault() == fault && active.rule.matches(gateway, endpoint)) {
                int fired = active.fired.incrementAndGet();
                if (active.rule.times() > 0 && fired >= active.rule.times()) {
                    rules.remove(active);
                    if (fired > active.rule.times()) {
                        continue;
                    }
                }
                return Optional.of(active.rule);
            }
        }
        return Optional.empty();
    }

    /** Whether the fault is on, without counting a firing. */
    public boolean isOn(String gateway, String endpoint, Fault fault) {
        return rules.stream().anyMatch(a -> a.rule.fault() == fault && a.rule.matches(gateway, endpoint));
    }

    private record Active(FaultRule rule, AtomicInteger fired) {
    }
}
