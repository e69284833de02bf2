package id.kasir.application.merchant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Compares stored hashes in constant time, so response timing says nothing about how close a guess was. */
final class ApiKeyHashes {
    private ApiKeyHashes() {
    }

    static boolean equal(String storedHex, String presentedHex) {
        return MessageDigest.isEqual(storedHex.getBytes(StandardCharsets.US_ASCII),
                presentedHex.getBytes(StandardCharsets.US_ASCII));
    }
}
