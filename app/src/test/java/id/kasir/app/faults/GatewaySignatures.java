package id.kasir.app.faults;

import id.kasir.adapters.cashi.CashiWebhookSignature;
import id.kasir.adapters.cashin.CashInKeys;
import id.kasir.adapters.cashin.CashInSnapSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Signs a webhook of the corpus as each gateway would — or as an attacker would, with the wrong key, an old
 * timestamp, or a signature copied from a real notification. The real keys are the sandbox's published ones
 * (PROVIDERS.md): Cash In's RSA key for SNAP notify (SHA256withRSA over
 * {@code POST:path:sha256(minified body):X-TIMESTAMP}), PayIn's {@code Sign} (MD5 of body + API key, hex)
 * and Cashi's {@code X-Signature: sha256=HMAC-SHA256(body)}.
 *
 * <p>Modes: {@code none}; {@code cashin}, {@code cashin-stale} (10 min old), {@code cashin-future} (10 min ahead),
 * {@code cashin-forged} (another RSA key), {@code cashin-replay} (the setup's real notification again, byte for
 * byte), {@code cashin-replay-newid} (its body, timestamp and signature under a new X-EXTERNAL-ID),
 * {@code cashin-replay-otherbody} (its X-EXTERNAL-ID with this body, properly signed); {@code payin},
 * {@code payin-forged}, {@code payin-othermerchant}, {@code payin-replay}; {@code cashi}, {@code cashi-forged},
 * {@code cashi-replay}.
 */
final class GatewaySignatures {

    static final String CASHIN_PATH = "/v1.0/qr/qr-mpm-notify";
    static final String CASHIN_PARTNER = "CID-SANDBOX-KASIR";

    /** A request exactly as sent (headers without Host and Content-Length), to replay. */
    record Sent(List<String> headers, byte[] body) {
    }

    private final CashInSnapSigner cashIn;
    private final CashInSnapSigner impostor;
    private final String payInKey;
    private final String payInMerchant;
    private final CashiWebhookSignature cashi;
    private final CashiWebhookSignature cashiForger = new CashiWebhookSignature("not-the-secret");
    private final Clock clock;
    private Sent cashInReal;
    private Sent payInReal;
    private Sent cashiReal;

    GatewaySignatures(String payInKey, String payInMerchant, String cashiSecret, Clock clock) {
        this.clock = clock;
        this.cashIn = new CashInSnapSigner("HmacSHA512", "x",
                CashInKeys.privateKey(resource("sandbox-keys/cashin-private.pem"), "sandbox cashin key"), null, clock);
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            this.impostor = new CashInSnapSigner("HmacSHA512", "x", rsa.generateKeyPair().getPrivate(), null, clock);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.payInKey = payInKey;
        this.payInMerchant = payInMerchant;
        this.cashi = new CashiWebhookSignature(cashiSecret);
    }

    /** The real notifications of the setup, signed properly: what the replay modes send again. */
    Sent realCashIn(String body) {
        cashInReal = new Sent(withJson(cashInHeaders(cashIn, body, clock.instant(), "HC-REAL-" + UUID.randomUUID())),
                body.getBytes(StandardCharsets.UTF_8));
        return cashInReal;
    }

    Sent realPayIn(String body) {
        payInReal = new Sent(withJson(payInHeaders(body.getBytes(StandardCharsets.UTF_8), payInKey, payInMerchant)),
                body.getBytes(StandardCharsets.UTF_8));
        return payInReal;
    }

    Sent realCashi(String body) {
        cashiReal = new Sent(List.of("Content-Type: application/json",
                "X-Signature: " + cashi.sign(body.getBytes(StandardCharsets.UTF_8))), body.getBytes(StandardCharsets.UTF_8));
        return cashiReal;
    }

    /** The headers (and the body, which a replay replaces) of one corpus request. */
    Sent sign(String mode, List<String> headers, byte[] body) {
        List<String> out = new ArrayList<>(headers);
        String text = new String(body, StandardCharsets.UTF_8);
        Instant now = clock.instant();
        switch (mode) {
            case "none" -> {
                return new Sent(out, body);
            }
            case "cashin" -> out.addAll(cashInHeaders(cashIn, text, now, "HC-" + UUID.randomUUID()));
            case "cashin-stale" -> out.addAll(cashInHeaders(cashIn, text, now.minus(Duration.ofMinutes(10)), "HC-" + UUID.randomUUID()));
            case "cashin-future" -> out.addAll(cashInHeaders(cashIn, text, now.plus(Duration.ofMinutes(10)), "HC-" + UUID.randomUUID()));
            case "cashin-forged" -> out.addAll(cashInHeaders(impostor, text, now, "HC-" + UUID.randomUUID()));
            case "cashin-replay" -> {
                return cashInReal;
            }
            case "cashin-replay-newid" -> {
                return new Sent(cashInReal.headers().stream()
                        .map(h -> h.startsWith("X-EXTERNAL-ID:") ? "X-EXTERNAL-ID: HC-" + UUID.randomUUID() : h).toList(),
                        cashInReal.body());
            }
            case "cashin-replay-otherbody" -> {
                String realId = cashInReal.headers().stream().filter(h -> h.startsWith("X-EXTERNAL-ID:")).findFirst()
                        .orElseThrow().substring("X-EXTERNAL-ID:".length()).strip();
                out.addAll(cashInHeaders(cashIn, text, now, realId));
            }
            case "cashin-copied-signature" -> out.addAll(cashInReal.headers().stream()
                    .filter(h -> !h.startsWith("Content-Type:")).toList());
            case "payin" -> out.addAll(payInHeaders(body, payInKey, payInMerchant));
            case "payin-forged" -> out.addAll(payInHeaders(body, "not-the-key", payInMerchant));
            case "payin-othermerchant" -> out.addAll(payInHeaders(body, payInKey, "999999"));
            case "payin-replay" -> {
                return payInReal;
            }
            case "payin-copied-signature" -> out.addAll(payInReal.headers().stream()
                    .filter(h -> !h.startsWith("Content-Type:")).toList());
            case "cashi" -> out.add("X-Signature: " + cashi.sign(body));
            case "cashi-forged" -> out.add("X-Signature: " + cashiForger.sign(body));
            case "cashi-replay" -> {
                return cashiReal;
            }
            case "cashi-copied-signature" -> out.addAll(cashiReal.headers().stream()
                    .filter(h -> !h.startsWith("Content-Type:")).toList());
            default -> throw new IllegalArgumentException("unknown signing " + mode);
        }
        return new Sent(out, body);
    }

    private static List<String> withJson(List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        all.add("Content-Type: application/json");
        return all;
    }

    private static List<String> cashInHeaders(CashInSnapSigner signer, String body, Instant at, String externalId) {
        String timestamp = CashInSnapSigner.timestamp(at);
        return List.of("X-TIMESTAMP: " + timestamp,
                "X-SIGNATURE: " + signer.signAsymmetric(CashInSnapSigner.stringToSign("POST", CASHIN_PATH, body, timestamp)),
                "X-PARTNER-ID: " + CASHIN_PARTNER, "X-EXTERNAL-ID: " + externalId, "CHANNEL-ID: 95221");
    }

    private static List<String> payInHeaders(byte[] body, String key, String merchant) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(body);
            md5.update(key.getBytes(StandardCharsets.UTF_8));
            return List.of("MerchantId: " + merchant,
                    "Sign: " + HexFormat.of().withUpperCase().formatHex(md5.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = GatewaySignatures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
