package id.kasir.sandbox.cashi;

import id.kasir.sandbox.SandboxProperties;

/** Where a customer's browser finds Cashi's pay page: under {@code kasir.sandbox.public-base-url}. */
record CashiCheckoutLinks(String payPageBaseUrl) {

    static CashiCheckoutLinks from(SandboxProperties sandbox) {
        String base = sandbox.publicBaseUrl();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new CashiCheckoutLinks(base + "/cashi/pay/");
    }
}
