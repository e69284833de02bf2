package id.kasir.domain.payment;

import id.kasir.domain.common.Text;

/** The merchant's customer, as far as the merchant told us; every field may be absent. */
public record Customer(String id, String phone, String name, String email) {
    public static final Customer UNKNOWN = new Customer(null, null, null, null);

    public Customer {
        id = Text.optional(id, "customer.id", 64);
        phone = Text.optional(phone, "customer.phone", 32);
        name = Text.optional(name, "customer.name", 128);
        email = Text.optional(email, "customer.email", 128);
    }
}
