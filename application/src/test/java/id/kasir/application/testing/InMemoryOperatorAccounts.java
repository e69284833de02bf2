package id.kasir.application.testing;

import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Operator accounts in memory, with the database's contract: unique usernames, optimistic versions. */
public final class InMemoryOperatorAccounts implements OperatorAccounts {

    private final Map<Long, OperatorAccount> accounts = new ConcurrentHashMap<>();
    private long nextId = 1;

    @Override
    public long count() {
        return accounts.size();
    }

    @Override
    public Optional<OperatorAccount> byUsername(String username) {
        return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<OperatorAccount> byId(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<OperatorAccount> all() {
        return accounts.values().stream().sorted(Comparator.comparing(OperatorAccount::username)).toList();
    }

    @Override
    public synchronized OperatorAccount add(NewOperatorAccount account, String passwordHash, Instant at) {
        if (byUsername(account.username()).isPresent()) {
            throw new DuplicateUsernameException(account.username());
        }
        OperatorAccount stored = new OperatorAccount(nextId++, account.username(), passwordHash, account.roles(),
                account.displayName(), true, 0, null, at, at, 0);
        accounts.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(OperatorAccount account) {
        OperatorAccount current = accounts.get(account.id());
        if (current == null || current.version() != account.version()) {
            throw new StaleAggregateException("OperatorAccount", String.valueOf(account.id()), account.version());
        }
        accounts.put(account.id(), new OperatorAccount(account.id(), account.username(), account.passwordHash(),
                account.roles(), account.displayName(), account.enabled(), account.failedAttempts(),
                account.lockedUntil(), account.createdAt(), account.updatedAt(), account.version() + 1));
    }
}
