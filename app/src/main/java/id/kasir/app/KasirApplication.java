package id.kasir.app;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts Kasir: the one application that wires every module together. Scheduled tasks that must run
 * once across all nodes say so with ShedLock's {@code @SchedulerLock}; the locks live in the database
 * (table {@code shedlock}), and a task holds its lock at most {@code defaultLockAtMostFor} if its node dies.
 */
@SpringBootApplication
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class KasirApplication {
    public static void main(String[] args) {
        SpringApplication.run(KasirApplication.class, args);
    }
}
