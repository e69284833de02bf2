package id.kasir.app.architecture.broken.adapters.cashi;

/** A gateway adapter's class. */
public class CashiClient {
}
