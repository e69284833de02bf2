package id.kasir.sandbox;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs the sandbox on its own, without Kasir (for tests and benchmarks that want the gateways in a
 * separate process): {@code java -cp … id.kasir.sandbox.SandboxApplication --server.port=8090}.
 */
@SpringBootApplication
public class SandboxApplication {
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(SandboxApplication.class);
        app.setDefaultProperties(java.util.Map.of("kasir.sandbox.enabled", "true", "server.port", "8090"));
        app.run(args);
    }
}
