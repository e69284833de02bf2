package id.kasir.adapters.persistence.operator;

import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Ops people's accounts on MyBatis. The failed-login count and the lock are columns of the row and
 * every change is a versioned update, so a lock-out counted on one node holds on every node.
 */
@Repository
public class MyBatisOperatorAccounts implements OperatorAccounts {

    private final OperatorAccountMapper mapper;

    MyBatisOperatorAccounts(OperatorAccountMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public long count() {
        return mapper.count();
    }

    @Override
    public Optional<OperatorAccount> byUsername(String username) {
        return Optional.ofNullable(mapper.byUsername(username)).map(OperatorAccountRow::toAccount);
    }

    @Override
    public Optional<OperatorAccount> byId(long id) {
        return Optional.ofNullable(mapper.byId(id)).map(OperatorAccountRow::toAccount);
    }

    @Override
    public List<OperatorAccount> all() {
        return mapper.all().stream().map(OperatorAccountRow::toAccount).toList();
    }

    @Override
    public OperatorAccount add(NewOperatorAccount account, String passwordHash, Instant at) {
        OperatorAccountRow row = OperatorAccountRow.of(new OperatorAccount(0, account.username(), passwordHash,
                account.roles(), account.displayName(), true, 0, null, at, at, 0));
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException taken) {
            throw new DuplicateUsernameException(account.username());
        }
        return row.toAccount();
    }

    @Override
    public void update(OperatorAccount account) {
        if (mapper.update(OperatorAccountRow.of(account)) != 1) {
            throw new StaleAggregateException("OperatorAccount", String.valueOf(account.id()), account.version());
        }
    }
}
