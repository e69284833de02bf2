package id.kasir.application.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.testing.FakePasswordHasher;
import id.kasir.application.testing.FakePasswordStrength;
import id.kasir.application.testing.InMemoryAuditTrail;
import id.kasir.application.testing.InMemoryLoginSources;
import id.kasir.application.testing.InMemoryOperatorAccounts;
import id.kasir.application.testing.MutableClock;
import id.kasir.domain.audit.AuditTrail;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperatorAccountsUseCasesTest {

    private final MutableClock clock = MutableClock.at("2026-11-21T03:00:00Z");
    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final PasswordRules rules = new PasswordRules(new FakePasswordStrength());
    private final InMemoryLoginSources loginSources = new InMemoryLoginSources();
    private final ManageOperators manage = new ManageOperators(accounts, hasher, rules, loginSources, audit, clock);
    private final RecordLoginAttempt logins = new RecordLoginAttempt(accounts, loginSources, audit,
            new LockoutPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofDays(90)), clock);
    private final BootstrapFirstAdmin bootstrap = new BootstrapFirstAdmin(accounts, hasher, rules, audit, clock);
    private final Actor admin = Actor.operator("admin");

    private OperatorAccount viewer() {
        return manage.create(new NewOperatorAccount("Vera", "Vera V", EnumSet.of(OperatorRole.VIEWER)),
                "correct horse battery", admin, "10.0.0.1");
    }

    @Test
    void theFirstStartCreatesAnAdminWithAGeneratedPasswordThatWorksAndLaterStartsDoNothing() {
        var outcome = bootstrap.ensureFirstAdmin(null);

        assertThat(outcome).isInstanceOf(BootstrapFirstAdmin.Outcome.Created.class);
        String password = ((BootstrapFirstAdmin.Outcome.Created) outcome).generatedPassword().orElseThrow();
        OperatorAccount created = accounts.byUsername("admin").orElseThrow();
        assertThat(hasher.matches(password, created.passwordHash())).isTrue();
        assertThat(created.roles()).containsExactly(OperatorRole.ADMIN);
        assertThat(bootstrap.ensureFirstAdmin("another password")).isInstanceOf(BootstrapFirstAdmin.Outcome.AccountsExist.class);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void aConfiguredBootstrapPasswordIsUsedAndNotHandedBack() {
        var outcome = bootstrap.ensureFirstAdmin("configured-password-1");

        assertThat(outcome).isEqualTo(new BootstrapFirstAdmin.Outcome.Created(Optional.empty()));
        assertThat(hasher.matches("configured-password-1", accounts.byUsername("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void usernamesAreStoredInLowerCaseAndMustBeUnique() {
        OperatorAccount vera = viewer();

        assertThat(vera.username()).isEqualTo("vera");
        assertThatThrownBy(this::viewer).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("taken");
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThatThrownBy(() -> manage.create(new NewOperatorAccount("otto", null, EnumSet.of(OperatorRole.OPERATOR)),
                "short", admin, null)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("12");
    }

    @Test
    void eachRuleOfThePasswordPolicyRefusesWithItsOwnReason() {
        assertThat(reasonFor("elevenchars", "otto", null)).isEqualTo(WeakPasswordException.Reason.TOO_SHORT);
        // six emoji are 12 UTF-16 units but 6 characters: length is counted in code points
        assertThat(reasonFor("\uD83D\uDE00".repeat(6), "otto", null)).isEqualTo(WeakPasswordException.Reason.TOO_SHORT);
        assertThat(reasonFor("é".repeat(37), "otto", null)).isEqualTo(WeakPasswordException.Reason.TOO_LONG);
        assertThat(reasonFor(" ".repeat(12), "otto", null)).isEqualTo(WeakPasswordException.Reason.BLANK);
        assertThat(reasonFor("my-OTTO-secret-2026", "otto", null)).isEqualTo(WeakPasswordException.Reason.CONTAINS_USERNAME);
        assertThat(reasonFor("ask-vera-vargas-x", "vv2", "Vera Vargas")).isEqualTo(WeakPasswordException.Reason.CONTAINS_USERNAME);
        assertThat(reasonFor("abababababab", "otto", null)).isEqualTo(WeakPasswordException.Reason.REPEATED);
        assertThatCode(() -> rules.check("quiet-lantern-orbit", "otto", null)).doesNotThrowAnyException();
    }

    @Test
    void aWeakResetPasswordChangesNothing() {
        OperatorAccount vera = viewer();

        assertThatThrownBy(() -> manage.resetPassword(vera.id(), "vera-forever-and-ever", admin, null))
                .isInstanceOf(WeakPasswordException.class);

        assertThat(accounts.byId(vera.id()).orElseThrow().passwordHash()).isEqualTo(vera.passwordHash());
    }

    @Test
    void aWeakConfiguredBootstrapPasswordIsRefusedAndNoAccountIsCreated() {
        assertThatThrownBy(() -> bootstrap.ensureFirstAdmin("aaaaaaaaaaaa")).isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> bootstrap.ensureFirstAdmin("admin-password-1")).isInstanceOf(WeakPasswordException.class);
        assertThat(accounts.count()).isZero();
    }

    private WeakPasswordException.Reason reasonFor(String password, String username, String displayName) {
        try {
            rules.check(password, username, displayName);
            throw new AssertionError("accepted " + password);
        } catch (WeakPasswordException refused) {
            return refused.reason();
        }
    }

    @Test
    void anyNumberOfWrongPasswordsFromOneSourceLockNothing() {
        OperatorAccount vera = viewer();
        for (int i = 0; i < 50; i++) {
            logins.failed(i % 2 == 0 ? "vera" : "VERA ", "10.0.0.9");
        }

        OperatorAccount after = accounts.byId(vera.id()).orElseThrow();
        assertThat(after.failedAttempts()).isEqualTo(50);
        assertThat(after.isLockedAt(clock.instant())).isFalse();
        assertThat(logins.admit("vera", "10.0.0.9")).isEqualTo(RecordLoginAttempt.Admission.ALLOWED);
        assertThat(logins.admit("vera", "192.0.2.1")).isEqualTo(RecordLoginAttempt.Admission.ALLOWED);
        logins.succeeded("vera", "192.0.2.1");
        assertThat(accounts.byId(vera.id()).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void failuresFromManySourcesLockTheAccountAgainstSourcesItNeverLoggedInFromAndAreAudited() {
        OperatorAccount vera = viewer();
        logins.succeeded("vera", "10.0.0.1");
        logins.failed("vera", "198.51.100.1");
        logins.failed("vera", "198.51.100.2");
        assertThat(accounts.byId(vera.id()).orElseThrow().isLockedAt(clock.instant())).isFalse();

        logins.failed("vera", "198.51.100.3");

        OperatorAccount locked = accounts.byId(vera.id()).orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(logins.admit("vera", "203.0.113.7")).isEqualTo(RecordLoginAttempt.Admission.LOCKED);
        assertThat(logins.admit("vera", "10.0.0.1")).as("its owner's usual place").isEqualTo(RecordLoginAttempt.Admission.ALLOWED);
        assertThat(manage.lockedNow()).extracting(OperatorAccount::username).containsExactly("vera");
        assertThat(audit.recent(null, 10)).filteredOn(e -> e.entry().action().equals("login.under-attack"))
                .singleElement().satisfies(e -> assertThat(e.entry().detail()).contains("3 sources"));

        clock.advance(Duration.ofMinutes(15));
        assertThat(logins.admit("vera", "203.0.113.7")).isEqualTo(RecordLoginAttempt.Admission.ALLOWED);
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUpToAnAttack() {
        viewer();
        logins.failed("vera", "198.51.100.1");
        logins.failed("vera", "198.51.100.2");
        clock.advance(Duration.ofMinutes(16));

        logins.failed("vera", "198.51.100.3");

        assertThat(manage.lockedNow()).isEmpty();
    }

    @Test
    void anotherAdminUnlocksAnAttackedAccountAndItsOldFailuresNoLongerCount() {
        OperatorAccount vera = viewer();
        for (int i = 1; i <= 3; i++) {
            logins.failed("vera", "198.51.100." + i);
        }

        manage.unlock(vera.id(), admin, "10.0.0.1");

        assertThat(logins.admit("vera", "203.0.113.7")).isEqualTo(RecordLoginAttempt.Admission.ALLOWED);
        logins.failed("vera", "198.51.100.4");
        assertThat(manage.lockedNow()).isEmpty();
        assertThat(audit.recent(null, 10)).extracting(e -> e.entry().action() + ":" + e.entry().actor())
                .contains("user.unlock:" + admin);
    }

    @Test
    void oldSourcesAreForgottenOnceNoRuleLooksAtThem() {
        viewer();
        logins.failed("vera", "198.51.100.1");
        logins.succeeded("vera", "10.0.0.1");
        clock.advance(Duration.ofDays(91));

        assertThat(logins.forgetOldSources()).isEqualTo(2);
    }

    @Test
    void aFailedLoginForAnUnknownUsernameIsAuditedAndChangesNoAccount() {
        logins.failed("nobody", "10.0.0.9");

        AuditTrail.StoredAuditEntry entry = audit.recent(null, 1).get(0);
        assertThat(entry.entry().action()).isEqualTo("login.failed");
        assertThat(entry.entry().detail()).isEqualTo("unknown username");
        assertThat(entry.entry().sourceAddress()).isEqualTo("10.0.0.9");
        assertThat(entry.entry().actor()).as("the typed name, no role").isEqualTo(Actor.unauthenticated("nobody"));
        assertThat(entry.entry().actor().asText()).isEqualTo("UNAUTHENTICATED:nobody");
    }

    @Test
    void resettingAPasswordLiftsALockOut() {
        OperatorAccount vera = viewer();
        for (int i = 1; i <= 3; i++) {
            logins.failed("vera", "198.51.100." + i);
        }

        manage.resetPassword(vera.id(), "a brand new password", admin, "10.0.0.1");

        OperatorAccount after = accounts.byId(vera.id()).orElseThrow();
        assertThat(after.isLockedAt(clock.instant())).isFalse();
        assertThat(hasher.matches("a brand new password", after.passwordHash())).isTrue();
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        bootstrap.ensureFirstAdmin("configured-password-1");
        long adminId = accounts.byUsername("admin").orElseThrow().id();

        assertThatThrownBy(() -> manage.disable(adminId, admin, null)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> manage.changeRoles(adminId, EnumSet.of(OperatorRole.VIEWER), admin, null))
                .isInstanceOf(DomainRuleViolation.class);

        manage.create(new NewOperatorAccount("second", null, EnumSet.of(OperatorRole.ADMIN)), "another admin phrase", admin, null);
        manage.disable(adminId, admin, null);
        assertThat(accounts.byId(adminId).orElseThrow().enabled()).isFalse();
    }

    @Test
    void nobodyAddsRolesToTheirOwnAccountButMayDropThem() {
        bootstrap.ensureFirstAdmin("configured-password-1");
        long adminId = accounts.byUsername("admin").orElseThrow().id();
        manage.create(new NewOperatorAccount("second", null, EnumSet.of(OperatorRole.ADMIN)), "another admin phrase", admin, null);

        assertThatThrownBy(() -> manage.changeRoles(adminId, EnumSet.of(OperatorRole.ADMIN, OperatorRole.APPROVER),
                admin, null)).isInstanceOf(DomainRuleViolation.class).hasMessageContaining("their own account");
        assertThat(accounts.byId(adminId).orElseThrow().roles()).containsExactly(OperatorRole.ADMIN);

        long secondId = accounts.byUsername("second").orElseThrow().id();
        manage.changeRoles(secondId, EnumSet.of(OperatorRole.ADMIN, OperatorRole.APPROVER), admin, null);
        assertThat(accounts.byId(secondId).orElseThrow().roles()).contains(OperatorRole.APPROVER);
        manage.changeRoles(secondId, EnumSet.of(OperatorRole.ADMIN), Actor.operator("second"), null);
        assertThat(accounts.byId(secondId).orElseThrow().roles()).containsExactly(OperatorRole.ADMIN);
    }

    @Test
    void everyAccountChangeIsAuditedWithWhoAndFromWhere() {
        OperatorAccount vera = viewer();
        manage.changeRoles(vera.id(), EnumSet.of(OperatorRole.OPERATOR, OperatorRole.FINANCE), admin, "10.0.0.1");
        manage.disable(vera.id(), admin, "10.0.0.1");
        manage.enable(vera.id(), admin, "10.0.0.1");
        manage.resetPassword(vera.id(), "another long password", admin, "10.0.0.1");

        assertThat(audit.recent(null, 10)).extracting(e -> e.entry().action())
                .containsExactly("user.password-reset", "user.enable", "user.disable", "user.roles", "user.create");
        assertThat(audit.recent(null, 10)).allSatisfy(e -> {
            assertThat(e.entry().actor()).isEqualTo(admin);
            assertThat(e.entry().sourceAddress()).isEqualTo("10.0.0.1");
            assertThat(e.entry().target()).isEqualTo("vera");
        });
        assertThat(accounts.byId(vera.id()).orElseThrow().roles()).containsExactlyInAnyOrder(OperatorRole.OPERATOR, OperatorRole.FINANCE);
    }

    @Test
    void rolesAreStoredAsCommaSeparatedNames() {
        assertThat(OperatorRole.join(EnumSet.of(OperatorRole.ADMIN, OperatorRole.VIEWER))).isEqualTo("VIEWER,ADMIN");
        assertThat(OperatorRole.parse(" viewer, ADMIN ,")).containsExactlyInAnyOrder(OperatorRole.VIEWER, OperatorRole.ADMIN);
    }
}
