package id.kasir.sandbox.payin;

/** PayIn's {@code orderStatus}: {@code PAYING} until the customer pays, fails or the order is cancelled. */
public enum PayInOrderStatus {
    PAYING, SUCCESS, FAIL, CANCEL
}
