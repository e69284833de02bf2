package id.kasir.sandbox.payin;

import id.kasir.sandbox.SimulatedGateway;
import java.util.List;

/** PayIn on the sandbox's index page. It signs with a shared API key, not a key pair: no public key. */
public final class PayInSimulatedGateway implements SimulatedGateway {

    private final PayInOrderBook book;

    public PayInSimulatedGateway(PayInOrderBook book) {
        this.book = book;
    }

    @Override
    public String name() {
        return "payin";
    }

    @Override
    public List<OrderView> orders(int limit) {
        return book.newest(limit).stream()
                .map(order -> new OrderView(order.orderNo(), order.mchOrderNo(), order.reportedAmount().toPlainString(),
                        order.status().name(), order.payDeskUrl(), order.createdAt(), order.expiresAt()))
                .toList();
    }
}
