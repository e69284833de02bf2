package id.kasir.sandbox.cashin;

/** Where a customer's browser opens an order: the checkout page by token, the QRIS page by reference. */
record CashInPageLinks(String publicBaseUrl) {

    CashInPageLinks {
        publicBaseUrl = publicBaseUrl.replaceFirst("/+$", "");
    }

    String payPage(CashInOrder order) {
        return order.kind() == CashInOrder.Kind.CHECKOUT
                ? publicBaseUrl + "/cashin/checkout/" + order.token()
                : publicBaseUrl + "/cashin/qris/" + order.referenceNo();
    }
}
