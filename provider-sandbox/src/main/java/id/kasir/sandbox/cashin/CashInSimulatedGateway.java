package id.kasir.sandbox.cashin;

import id.kasir.sandbox.SimulatedGateway;
import java.util.List;

/** Cash In as the sandbox's index page lists it: its orders and its public key. */
final class CashInSimulatedGateway implements SimulatedGateway {

    private final CashInOrderBook book;
    private final CashInPageLinks links;
    private final String publicKeyPem;

    CashInSimulatedGateway(CashInOrderBook book, CashInPageLinks links, String publicKeyPem) {
        this.book = book;
        this.links = links;
        this.publicKeyPem = publicKeyPem;
    }

    @Override
    public String name() {
        return "cashin";
    }

    @Override
    public List<OrderView> orders(int limit) {
        return book.newestFirst(limit).stream()
                .map(o -> new OrderView(o.referenceNo(), o.merchantReference(), BodyFields.snapMoney(o.amount()),
                        o.state().name(), links.payPage(o), o.createdAt(), o.expiresAt()))
                .toList();
    }

    @Override
    public String publicKeyPem() {
        return publicKeyPem;
    }
}
