package id.kasir.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts Kasir: the one application that wires every module together. */
@SpringBootApplication
@EnableScheduling
public class KasirApplication {
    public static void main(String[] args) {
        SpringApplication.run(KasirApplication.class, args);
    }
}
