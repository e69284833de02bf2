package id.kasir.web.admin.security;

import id.kasir.application.operator.BootstrapFirstAdmin;
import id.kasir.application.operator.WeakPasswordException;
import id.kasir.web.admin.AdminPortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation, creates the first admin. A generated password is printed once, in a
 * banner nobody can miss; it is never printed again, and no other password is ever logged.
 */
@Component
class FirstAdminAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAtStartup.class);

    static final String PASSWORD_VARIABLE = "KASIR_ADMIN_PASSWORD";

    private final BootstrapFirstAdmin bootstrap;
    private final String configuredPassword;

    /**
     * The password comes from {@code kasir.admin.bootstrap-password} or, failing that, straight from the
     * {@code KASIR_ADMIN_PASSWORD} environment variable (relaxed binding alone would not map that name).
     */
    FirstAdminAtStartup(BootstrapFirstAdmin bootstrap, AdminPortalProperties properties, Environment environment) {
        this.bootstrap = bootstrap;
        String configured = properties.bootstrapPassword();
        this.configuredPassword = configured == null || configured.isBlank()
                ? environment.getProperty(PASSWORD_VARIABLE) : configured;
    }

    /** A box the password cannot be missed in; built here, not by the logger, so the lines stay aligned. */
    static String banner(String password) {
        String[] lines = {
                "Kasir admin portal: first admin account created",
                "  username: " + BootstrapFirstAdmin.USERNAME,
                "  password: " + password,
                "This password is shown ONCE. Log in, change it on the Users page,",
                "or set KASIR_ADMIN_PASSWORD before the first start next time."};
        int width = java.util.Arrays.stream(lines).mapToInt(String::length).max().orElse(0) + 4;
        StringBuilder box = new StringBuilder("\n").append("*".repeat(width + 2)).append('\n');
        for (String line : lines) {
            box.append("*  ").append(line).append(" ".repeat(width - line.length() - 2)).append("*\n");
        }
        return box.append("*".repeat(width + 2)).toString();
    }

    /**
     * @throws IllegalStateException when the configured password is refused (Kasir does not start: an
     *         admin account with a guessable password is worse than none); the password is not in the message
     */
    @Override
    public void run(ApplicationArguments args) {
        BootstrapFirstAdmin.Outcome outcome;
        try {
            outcome = bootstrap.ensureFirstAdmin(configuredPassword);
        } catch (WeakPasswordException weak) {
            throw new IllegalStateException("kasir.admin.bootstrap-password (" + PASSWORD_VARIABLE + ") is refused: "
                    + weak.getMessage() + ". Set a stronger one, or leave it empty to have one generated.");
        }
        if (outcome instanceof BootstrapFirstAdmin.Outcome.Created created) {
            created.generatedPassword().ifPresentOrElse(password -> log.warn(banner(password)),
                    () -> log.info("Kasir admin portal: first admin '{}' created with the password from "
                            + "kasir.admin.bootstrap-password (KASIR_ADMIN_PASSWORD)", BootstrapFirstAdmin.USERNAME));
        }
    }
}
