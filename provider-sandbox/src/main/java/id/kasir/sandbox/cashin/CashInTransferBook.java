package id.kasir.sandbox.cashin;

import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.StoredBook;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * E-wallet transfers in memory, by the merchant's partnerReferenceNo (unique) and by Cash In's TF…
 * reference; and how many transfer requests reached the gateway under each partnerReferenceNo (refused
 * duplicates included, lost ones not), so a test can assert that a payout was transferred exactly once.
 * The transfers (not the request counts) are kept in the sandbox's store, so a restart keeps their status.
 */
final class CashInTransferBook implements StoredBook {

    static final String STORE_BOOK = "cashin-transfer";

    private final Map<String, CashInTransfer> byPartnerReference = new ConcurrentHashMap<>();
    private final Map<String, CashInTransfer> byReference = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private volatile SandboxStore store = SandboxStore.MEMORY_ONLY;

    @Override
    public synchronized void keepIn(SandboxStore store) {
        for (CashInTransferRecord record : store.load(STORE_BOOK, CashInTransferRecord.class)) {
            CashInTransfer transfer = CashInTransfer.from(record);
            transfer.keptBy(this::keep);
            if (byPartnerReference.putIfAbsent(transfer.partnerReferenceNo(), transfer) == null) {
                byReference.put(transfer.referenceNo(), transfer);
            }
        }
        this.store = store;
    }

    private void keep(CashInTransfer transfer) {
        store.save(STORE_BOOK, transfer.referenceNo(), transfer.createdAt(), transfer.record());
    }

    /** Counts one transfer request that arrived under this partnerReferenceNo. */
    void received(String partnerReferenceNo) {
        requests.computeIfAbsent(partnerReferenceNo, k -> new AtomicInteger()).incrementAndGet();
    }

    int requestsFor(String partnerReferenceNo) {
        AtomicInteger count = requests.get(partnerReferenceNo);
        return count == null ? 0 : count.get();
    }

    /** False if the partnerReferenceNo is taken. */
    boolean add(CashInTransfer transfer) {
        if (byPartnerReference.putIfAbsent(transfer.partnerReferenceNo(), transfer) != null) {
            return false;
        }
        byReference.put(transfer.referenceNo(), transfer);
        transfer.keptBy(this::keep);
        keep(transfer);
        return true;
    }

    Optional<CashInTransfer> byPartnerReference(String partnerReferenceNo) {
        return Optional.ofNullable(byPartnerReference.get(partnerReferenceNo));
    }

    Optional<CashInTransfer> find(String ref) {
        return Optional.ofNullable(byReference.get(ref)).or(() -> byPartnerReference(ref));
    }
}
