package id.kasir.sandbox.cashi;

import id.kasir.sandbox.SimulatedGateway;
import java.time.Instant;
import java.util.List;

/** Cashi's orders for the sandbox's index page. Cashi signs with a shared secret, so it has no public key. */
final class CashiSimulatedGateway implements SimulatedGateway {

    private final CashiOrderBook book;

    CashiSimulatedGateway(CashiOrderBook book) {
        this.book = book;
    }

    @Override
    public String name() {
        return "cashi";
    }

    @Override
    public List<OrderView> orders(int limit) {
        Instant now = book.now();
        return book.newest(limit).stream().map(order -> order.view(now)).map(order -> new OrderView(
                order.providerTxId() == null ? "" : order.providerTxId(), order.orderId(),
                Long.toString(order.amountToPay()), order.status().name(), order.checkoutUrl(), order.createdAt(),
                order.expiresAt()))
                .toList();
    }
}
