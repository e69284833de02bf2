package id.kasir.web.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kasir.application.operator.BootstrapFirstAdmin;
import id.kasir.application.operator.PasswordRules;
import id.kasir.application.testing.FakePasswordHasher;
import id.kasir.application.testing.InMemoryAuditTrail;
import id.kasir.application.testing.InMemoryOperatorAccounts;
import id.kasir.application.testing.MutableClock;
import id.kasir.web.admin.AdminPortalProperties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminAtStartupTest {

    private final InMemoryOperatorAccounts accounts = new InMemoryOperatorAccounts();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final BootstrapFirstAdmin bootstrap = new BootstrapFirstAdmin(accounts, hasher,
            new PasswordRules(new ZxcvbnPasswordStrength()), new InMemoryAuditTrail(),
            MutableClock.at("2026-11-21T03:00:00Z"));

    private FirstAdminAtStartup startup(String configuredPassword) {
        return new FirstAdminAtStartup(bootstrap,
                new AdminPortalProperties(null, configuredPassword, null, null, null, null), new MockEnvironment());
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceInABannerAndWorks(CapturedOutput output) {
        startup(null).run(new DefaultApplicationArguments());
        startup(null).run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("password: (\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(printed.find()).as("printed a second time").isFalse();
        assertThat(output.getAll()).contains("first admin account created").contains("shown ONCE");
        assertThat(hasher.matches(password, accounts.byUsername("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void thePasswordCanComeFromTheKasirAdminPasswordVariable(CapturedOutput output) {
        new FirstAdminAtStartup(bootstrap, new AdminPortalProperties(null, null, null, null, null, null),
                new MockEnvironment().withProperty("KASIR_ADMIN_PASSWORD", "from-the-environment-1"))
                .run(new DefaultApplicationArguments());

        assertThat(hasher.matches("from-the-environment-1", accounts.byUsername("admin").orElseThrow().passwordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("from-the-environment-1");
    }

    @Test
    void aConfiguredPasswordIsNeverPrinted(CapturedOutput output) {
        startup("configured-secret-99").run(new DefaultApplicationArguments());

        assertThat(output.getAll()).doesNotContain("configured-secret-99");
        assertThat(accounts.byUsername("admin")).isPresent();
        assertThat(new AdminPortalProperties(null, "configured-secret-99", null, null, null, null).toString())
                .doesNotContain("configured-secret-99");
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStartNamingTheSettingAndNeverPrintsIt(CapturedOutput output) {
        assertThatThrownBy(() -> startup("password1234").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kasir.admin.bootstrap-password").hasMessageContaining("KASIR_ADMIN_PASSWORD")
                .hasMessageNotContaining("password1234");
        assertThat(accounts.count()).isZero();
        assertThat(output.getAll()).doesNotContain("password1234");
    }
}
