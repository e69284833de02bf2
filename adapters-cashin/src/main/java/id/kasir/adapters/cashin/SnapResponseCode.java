package id.kasir.adapters.cashin;

import java.util.Optional;

/**
 * A SNAP {@code responseCode}: HTTP status (3 digits) + service code (2) + case (2), e.g. {@code 2004700}
 * = 200, QRIS generate (47), case 00 (success). What a code means for us:
 * <ul>
 *   <li>{@link Meaning#SUCCESS}: 2xx with case 00;</li>
 *   <li>{@link Meaning#UNKNOWN}: any other 2xx (Cash In's e-money document lists "invalid field format"
 *       under a 200 code, so a 2xx is not proof of success), 408, 409 (duplicate X-EXTERNAL-ID: we never
 *       reuse one, so we cannot tell what the gateway did), 429, every 5xx (500 internal error,
 *       504 time-out);</li>
 *   <li>{@link Meaning#NOT_FOUND}: 404 (transaction not found);</li>
 *   <li>{@link Meaning#REFUSED}: every other 4xx (400 invalid field format / missing mandatory field,
 *       401 unauthorized, 403 ...): the gateway did not do it.</li>
 * </ul>
 */
public record SnapResponseCode(String code, int httpStatus, String serviceCode, String caseCode) {

    public enum Meaning { SUCCESS, UNKNOWN, NOT_FOUND, REFUSED }

    public static Optional<SnapResponseCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim();
        if (!c.matches("[1-5]\\d{6}")) {
            return Optional.empty();
        }
        return Optional.of(new SnapResponseCode(c, Integer.parseInt(c.substring(0, 3)), c.substring(3, 5),
                c.substring(5, 7)));
    }

    public Meaning meaning() {
        return meaningOf(httpStatus, caseCode);
    }

    /** For an answer without a readable responseCode: judged by its HTTP status alone. */
    public static Meaning meaningOfHttpStatus(int status) {
        return meaningOf(status, null);
    }

    private static Meaning meaningOf(int status, String caseCode) {
        if (status >= 200 && status < 300) {
            return caseCode == null || caseCode.equals("00") ? Meaning.SUCCESS : Meaning.UNKNOWN;
        }
        if (status == 404) {
            return Meaning.NOT_FOUND;
        }
        if (status == 408 || status == 409 || status == 429 || status >= 500 || status < 200) {
            return Meaning.UNKNOWN;
        }
        return Meaning.REFUSED;
    }
}
