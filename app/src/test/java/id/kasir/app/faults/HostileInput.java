package id.kasir.app.faults;

import java.util.List;

/**
 * One request of the hostile corpus, before its placeholders are filled in.
 *
 * @param group   the endpoint it attacks, for the per-endpoint counts (e.g. {@code api:payments.create})
 * @param method  the HTTP method, sent as written (odd ones too)
 * @param target  the request target, sent byte for byte (not normalised, not encoded)
 * @param headers header lines or shorthands ({@code auth}, {@code json}, {@code form}, {@code session}, {@code csrf})
 * @param body    the body text after the corpus escapes ({@code \xHH} is one raw byte), placeholders not yet filled
 * @param signing how a gateway webhook is signed ({@code none}, {@code cashin}, {@code cashin-stale}, …; see
 *                {@link GatewaySignatures})
 * @param expect  the status classes allowed, e.g. {@code 4xx} or {@code 2xx/4xx}; never a 5xx
 */
record HostileInput(String group, String method, String target, List<String> headers, String body, String signing,
                    String expect) {

    boolean allows(int status) {
        for (String allowed : expect.split("/")) {
            if (allowed.length() == 3 && allowed.endsWith("xx") && status / 100 == allowed.charAt(0) - '0') {
                return true;
            }
            if (allowed.equals(String.valueOf(status))) {
                return true;
            }
        }
        return false;
    }

    String describe() {
        String shown = method + " " + target;
        return group + " " + (shown.length() > 90 ? shown.substring(0, 90) + "…" : shown)
                + (body.isEmpty() ? "" : " body=" + abbreviate(body)) + (signing.equals("none") ? "" : " [" + signing + "]");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "·");
        return flat.length() > 70 ? flat.substring(0, 70) + "…(" + flat.length() + ")" : flat;
    }
}
