package id.kasir.app.architecture.broken.adapters.cashin;

import id.kasir.app.architecture.broken.adapters.cashi.CashiClient;

/** Breaks "no gateway adapter imports another". */
public class CashInUsingCashi {
    public Object borrow() {
        return new CashiClient();
    }
}
