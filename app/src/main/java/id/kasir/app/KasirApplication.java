package id.kasir.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Kasir: the one application that wires every module together. */
@SpringBootApplication
public class KasirApplication {
    public static void main(String[] args) {
        SpringApplication.run(KasirApplication.class, args);
    }
}
