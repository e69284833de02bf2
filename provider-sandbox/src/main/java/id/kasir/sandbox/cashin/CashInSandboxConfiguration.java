package id.kasir.sandbox.cashin;

import id.kasir.sandbox.SandboxProperties;
import id.kasir.sandbox.SimulatedGateway;
import id.kasir.sandbox.faults.SandboxFaults;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Cash In simulator. Every bean here is of a Cash In type, so nothing collides with the other
 * simulators or with the host application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CashInSandboxProperties.class)
public class CashInSandboxConfiguration {

    @Bean(destroyMethod = "close")
    CashInScheduler cashInScheduler() {
        return new CashInScheduler(Clock.systemUTC());
    }

    @Bean
    CashInOrderBook cashInOrderBook() {
        return new CashInOrderBook();
    }

    @Bean
    CashInTransferBook cashInTransferBook() {
        return new CashInTransferBook();
    }

    @Bean
    CashInPageLinks cashInPageLinks(SandboxProperties sandbox) {
        return new CashInPageLinks(sandbox.publicBaseUrl());
    }

    @Bean
    CashInRequestFaults cashInRequestFaults(SandboxFaults faults, CashInScheduler scheduler) {
        return new CashInRequestFaults(faults, scheduler);
    }

    @Bean
    CheckoutRequestGuard cashInCheckoutRequestGuard(CashInSandboxProperties properties, CashInScheduler scheduler) {
        return new CheckoutRequestGuard(properties.clientId(),
                new CashInSymmetricSignatureVerifier(properties.hmacAlgorithm(), properties.secretKey()),
                new ReplayGuard(), scheduler.clock(), properties.timestampTolerance());
    }

    @Bean
    SnapRequestGuard cashInSnapRequestGuard(CashInSandboxProperties properties, CashInScheduler scheduler) {
        return new SnapRequestGuard(properties.partnerId(),
                new SnapAsymmetricSignatureVerifier(PemKeys.publicKey(properties.merchantPublicKey())),
                new ReplayGuard(), scheduler.clock(), properties.timestampTolerance());
    }

    @Bean
    CashInNotifier cashInNotifier(CashInSandboxProperties properties, SandboxProperties sandbox, SandboxFaults faults,
                                  CashInScheduler scheduler) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        // A key nobody has the public half of: what BAD_NOTIFICATION_SIGNATURE signs with.
        SnapSigner impostor = new SnapSigner(generator.generateKeyPair().getPrivate());
        return new CashInNotifier(properties, sandbox.merchantBaseUrl(), faults, scheduler,
                new SnapSigner(PemKeys.privateKey(properties.privateKey())), impostor);
    }

    @Bean
    CashInOrderActions cashInOrderActions(CashInOrderBook book, CashInNotifier notifier, SandboxFaults faults,
                                          CashInScheduler scheduler) {
        return new CashInOrderActions(book, notifier, faults, scheduler);
    }

    @Bean
    SimulatedGateway cashInSimulatedGateway(CashInOrderBook book, CashInPageLinks links,
                                            CashInSandboxProperties properties) {
        return new CashInSimulatedGateway(book, links, PemKeys.pemText(properties.publicKey()));
    }
}
