package id.kasir.adapters.persistence.operator;

import static id.kasir.adapters.persistence.testing.PaymentFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.adapters.persistence.testing.PersistenceContract;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorAccount;
import id.kasir.application.operator.OperatorAccounts;
import id.kasir.application.operator.OperatorRole;
import id.kasir.domain.common.StaleAggregateException;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What any {@link OperatorAccounts} store must do; run against H2 and MySQL by the subclasses. */
public abstract class OperatorAccountsContract extends PersistenceContract {

    @Autowired
    OperatorAccounts accounts;

    @BeforeEach
    void startWithoutAccounts() {
        jdbc.update("DELETE FROM users");
    }

    private OperatorAccount vera() {
        return accounts.add(new NewOperatorAccount("vera", "Vera Viewer", EnumSet.of(OperatorRole.VIEWER, OperatorRole.FINANCE)),
                "{bcrypt}$2a$10$hash", T0);
    }

    @Test
    void storesAndRestoresEveryFieldOfAnAccount() {
        OperatorAccount added = vera();

        OperatorAccount loaded = accounts.byUsername("vera").orElseThrow();
        assertThat(loaded).isEqualTo(added);
        assertThat(loaded.id()).isPositive();
        assertThat(loaded.roles()).containsExactlyInAnyOrder(OperatorRole.VIEWER, OperatorRole.FINANCE);
        assertThat(loaded.displayName()).isEqualTo("Vera Viewer");
        assertThat(loaded.enabled()).isTrue();
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.version()).isZero();
        assertThat(accounts.byId(added.id())).contains(added);
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT roles FROM users WHERE id = ?", String.class, added.id()))
                .isEqualTo("VIEWER,FINANCE");
    }

    @Test
    void refusesATakenUsername() {
        vera();
        assertThatThrownBy(this::vera).isInstanceOf(OperatorAccounts.DuplicateUsernameException.class);
    }

    @Test
    void storesTheLockOutAndMovesTheVersionOn() {
        OperatorAccount account = vera();

        accounts.update(account.afterFailedLogin(T0.plusSeconds(10)).lockedUntil(T0.plusSeconds(10).plus(Duration.ofMinutes(15)),
                T0.plusSeconds(10)));

        OperatorAccount locked = accounts.byId(account.id()).orElseThrow();
        assertThat(locked.failedAttempts()).isEqualTo(1);
        assertThat(locked.lockedUntil()).isEqualTo(T0.plusSeconds(10).plus(Duration.ofMinutes(15)));
        assertThat(locked.updatedAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(locked.version()).isEqualTo(1);
    }

    @Test
    void anUpdateFromAStaleReadIsRefused() {
        OperatorAccount account = vera();
        accounts.update(account.withEnabled(false, T0.plusSeconds(1)));

        assertThatThrownBy(() -> accounts.update(account.withRoles(EnumSet.of(OperatorRole.ADMIN), T0.plusSeconds(2))))
                .isInstanceOf(StaleAggregateException.class);
        assertThat(accounts.byId(account.id()).orElseThrow().roles()).doesNotContain(OperatorRole.ADMIN);
    }

    @Test
    void listsEveryAccountByUsername() {
        accounts.add(new NewOperatorAccount("zed", null, EnumSet.of(OperatorRole.ADMIN)), "h", T0);
        vera();

        assertThat(accounts.all()).extracting(OperatorAccount::username).containsExactly("vera", "zed");
        assertThat(accounts.byUsername("nobody")).isEmpty();
    }
}
