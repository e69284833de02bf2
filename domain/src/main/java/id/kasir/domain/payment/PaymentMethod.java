package id.kasir.domain.payment;

/** How the customer pays: what they are shown. */
public enum PaymentMethod {
    /** A gateway-hosted page where the customer picks how to pay. */
    CHECKOUT_PAGE,
    /** A dynamic QRIS code for this one amount. */
    QRIS,
    /** An e-wallet (DANA, OVO, …) landing page or deep link. */
    EWALLET,
    /** A virtual account number to transfer to. */
    VA
}
