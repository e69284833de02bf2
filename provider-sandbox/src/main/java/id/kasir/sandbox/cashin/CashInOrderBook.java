package id.kasir.sandbox.cashin;

import id.kasir.sandbox.store.SandboxStore;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cash In's orders in memory and (once {@link #restoreFrom} is called) in the sandbox's store, written after
 * every change so a restart keeps them payable. Found by Cash In's reference (PAY…), the checkout token, the merchant's
 * trxNo or the merchant's partnerReferenceNo. Merchant references are unique per API.
 */
final class CashInOrderBook {

    static final String STORE_BOOK = "cashin";

    private static final DateTimeFormatter REF_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss")
            .withZone(SnapTimestamps.JAKARTA);

    private final Map<String, CashInOrder> byReference = new ConcurrentHashMap<>();
    private final Map<String, String> checkoutByTrxNo = new ConcurrentHashMap<>();
    private final Map<String, String> qrisByPartnerReference = new ConcurrentHashMap<>();
    private final Map<String, String> byToken = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile SandboxStore store = SandboxStore.MEMORY_ONLY;

    /** Reads the store's orders into the book, keeps every later change there, and answers the orders read. */
    synchronized List<CashInOrder> restoreFrom(SandboxStore store) {
        List<CashInOrder> restored = store.load(STORE_BOOK, CashInOrderRecord.class).stream().map(CashInOrder::from).toList();
        for (CashInOrder order : restored) {
            claim(order.kind(), order.merchantReference(), order.referenceNo());
            order.keptBy(this::keep);
            byReference.putIfAbsent(order.referenceNo(), order);
            byToken.putIfAbsent(order.token(), order.referenceNo());
        }
        // References carry the second they were made in and this sequence: go on after the highest one kept.
        restored.stream().mapToLong(o -> sequenceOf(o.referenceNo())).max().ifPresent(max -> sequence.accumulateAndGet(max, Math::max));
        this.store = store;
        return restored;
    }

    private void keep(CashInOrder order) {
        store.save(STORE_BOOK, order.referenceNo(), order.createdAt(), order.record());
    }

    private static long sequenceOf(String referenceNo) {
        String digits = referenceNo.length() > 7 ? referenceNo.substring(referenceNo.length() - 7) : "";
        return digits.chars().allMatch(Character::isDigit) && !digits.isEmpty() ? Long.parseLong(digits) : 0;
    }

    /** A fresh Cash In reference such as {@code PAY2504111042530000001}. */
    String nextReference(String prefix, Instant now) {
        return prefix + REF_TIME.format(now) + String.format("%07d", sequence.incrementAndGet() % 10_000_000);
    }

    /** Whether the merchant reference is still free; claims it if so. */
    boolean claim(CashInOrder.Kind kind, String merchantReference, String referenceNo) {
        Map<String, String> index = kind == CashInOrder.Kind.CHECKOUT ? checkoutByTrxNo : qrisByPartnerReference;
        return index.putIfAbsent(merchantReference, referenceNo) == null;
    }

    void add(CashInOrder order) {
        byReference.put(order.referenceNo(), order);
        byToken.put(order.token(), order.referenceNo());
        order.keptBy(this::keep);
        keep(order);
    }

    Optional<CashInOrder> checkout(String trxNo) {
        return Optional.ofNullable(checkoutByTrxNo.get(trxNo)).map(byReference::get);
    }

    Optional<CashInOrder> qris(String partnerReferenceNo) {
        return Optional.ofNullable(qrisByPartnerReference.get(partnerReferenceNo)).map(byReference::get);
    }

    Optional<CashInOrder> byToken(String token) {
        return Optional.ofNullable(byToken.get(token)).map(byReference::get);
    }

    /** By any of the order's references: Cash In's, the token, or the merchant's. */
    Optional<CashInOrder> find(String ref) {
        CashInOrder direct = byReference.get(ref);
        if (direct != null) {
            return Optional.of(direct);
        }
        return byToken(ref).or(() -> checkout(ref)).or(() -> qris(ref));
    }

    List<CashInOrder> newestFirst(int limit) {
        return byReference.values().stream()
                .sorted(Comparator.comparing(CashInOrder::createdAt).reversed())
                .limit(limit)
                .toList();
    }
}
