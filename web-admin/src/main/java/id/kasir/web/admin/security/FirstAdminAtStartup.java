package id.kasir.web.admin.security;

import id.kasir.application.operator.BootstrapFirstAdmin;
import id.kasir.web.admin.AdminPortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation, creates the first admin. A generated password is printed once, in a
 * banner nobody can miss; it is never printed again, and no other password is ever logged.
 */
@Component
class FirstAdminAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAtStartup.class);

    private final BootstrapFirstAdmin bootstrap;
    private final AdminPortalProperties properties;

    FirstAdminAtStartup(BootstrapFirstAdmin bootstrap, AdminPortalProperties properties) {
        this.bootstrap = bootstrap;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        BootstrapFirstAdmin.Outcome outcome = bootstrap.ensureFirstAdmin(properties.bootstrapPassword());
        if (outcome instanceof BootstrapFirstAdmin.Outcome.Created created) {
            created.generatedPassword().ifPresentOrElse(password -> log.warn("""

                    ************************************************************************
                    *  Kasir admin portal: first admin account created                     *
                    *    username: {}                                                    *
                    *    password: {}                                    *
                    *  This password is shown ONCE. Log in, change it on Users, or set  *
                    *  KASIR_ADMIN_PASSWORD before the first start next time.              *
                    ************************************************************************""",
                    BootstrapFirstAdmin.USERNAME, password),
                    () -> log.info("Kasir admin portal: first admin '{}' created with the password from "
                            + "kasir.admin.bootstrap-password (KASIR_ADMIN_PASSWORD)", BootstrapFirstAdmin.USERNAME));
        }
    }
}
