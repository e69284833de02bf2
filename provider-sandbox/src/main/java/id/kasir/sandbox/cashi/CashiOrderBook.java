package id.kasir.sandbox.cashi;

import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.StoredBook;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Cashi's orders, in memory and (once {@link #keepIn} is called) in the sandbox's store, written after every
 * change, so a restart keeps them payable. Allocates the unique code: Cashi matches an incoming transfer to an order
 * by its exact amount, so the amount to pay of every open order must differ from every other open
 * order's — not only among orders with the same requested amount (2,049 + 1 would collide with
 * 2,000 + 50 just the same).
 */
final class CashiOrderBook implements StoredBook {

    static final int MAX_UNIQUE_CODE = 99;
    static final String STORE_BOOK = "cashi";

    private final Map<String, CashiOrder> orders = new ConcurrentHashMap<>();
    private final Clock clock;
    private final CashiSandboxProperties properties;
    private final RandomGenerator random;
    private volatile SandboxStore store = SandboxStore.MEMORY_ONLY;

    CashiOrderBook(Clock clock, CashiSandboxProperties properties, RandomGenerator random) {
        this.clock = clock;
        this.properties = properties;
        this.random = random;
    }

    CashiOrderBook(Clock clock, CashiSandboxProperties properties) {
        this(clock, properties, new SecureRandom());
    }

    @Override
    public synchronized void keepIn(SandboxStore store) {
        for (CashiOrderRecord record : store.load(STORE_BOOK, CashiOrderRecord.class)) {
            CashiOrder order = CashiOrder.from(record);
            order.keptBy(this::keep);
            orders.putIfAbsent(order.orderId(), order);
        }
        this.store = store;
    }

    private void keep(CashiOrder order) {
        store.save(STORE_BOOK, order.orderId(), order.createdAt(), order.record());
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Opens an order. {@code orderId} null means Cashi generates one. {@code checkoutUrlFor} and
     * {@code qrContentFor} are given the order id and the amount to pay.
     */
    synchronized CashiOrder open(String orderId, long requestedAmount, UnaryOperator<String> checkoutUrlFor,
                                 QrContentSource qrContentFor) {
        String id = orderId != null ? orderId : freshOrderId();
        if (orders.containsKey(id)) {
            throw new CashiRequestRejected(409, "Order ID already exists: " + id);
        }
        Instant now = clock.instant();
        int code = freeUniqueCode(requestedAmount, now);
        long amountToPay = requestedAmount + code;
        CashiOrder order = new CashiOrder(id, requestedAmount, code, now, now.plus(properties.qrLifetime()),
                qrContentFor.contentFor(id, amountToPay), checkoutUrlFor.apply(id));
        orders.put(id, order);
        order.keptBy(this::keep);
        keep(order);
        return order;
    }

    /** By the merchant's order id or, once settled, Cashi's provider_tx_id. */
    Optional<CashiOrder> find(String reference) {
        CashiOrder byOrderId = orders.get(reference);
        if (byOrderId != null) {
            return Optional.of(byOrderId);
        }
        return orders.values().stream().filter(o -> reference.equals(o.providerTxId())).findFirst();
    }

    /** Newest first. */
    List<CashiOrder> newest(int limit) {
        List<CashiOrder> all = new ArrayList<>(orders.values());
        all.sort(Comparator.comparing(CashiOrder::createdAt).reversed().thenComparing(CashiOrder::orderId));
        return all.subList(0, Math.min(Math.max(limit, 0), all.size()));
    }

    String freshProviderTxId() {
        // Like the document's example "31277571482": 11 digits, no leading zero.
        return Long.toString(10_000_000_000L + random.nextLong(90_000_000_000L));
    }

    private int freeUniqueCode(long requestedAmount, Instant now) {
        Set<Long> taken = new HashSet<>();
        for (CashiOrder order : orders.values()) {
            if (order.isOpen(now)) {
                taken.add(order.amountToPay());
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int code = 1; code <= MAX_UNIQUE_CODE; code++) {
            if (!taken.contains(requestedAmount + code)) {
                free.add(code);
            }
        }
        if (free.isEmpty()) {
            throw new CashiRequestRejected(429, "All unique amounts for " + requestedAmount
                    + " are taken by open orders; try again when one is paid or expires");
        }
        return free.get(random.nextInt(free.size()));
    }

    private String freshOrderId() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        String id;
        do {
            StringBuilder sb = new StringBuilder("ORD-");
            for (int i = 0; i < 12; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            id = sb.toString();
        } while (orders.containsKey(id));
        return id;
    }

    @FunctionalInterface
    interface QrContentSource {
        String contentFor(String orderId, long amountToPay);
    }
}
