package id.kasir.sandbox.cashin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * E-wallet transfers in memory, by the merchant's partnerReferenceNo (unique) and by Cash In's TF…
 * reference; and how many transfer requests reached the gateway under each partnerReferenceNo (refused
 * duplicates included, lost ones not), so a test can assert that a payout was transferred exactly once.
 */
final class CashInTransferBook {

    private final Map<String, CashInTransfer> byPartnerReference = new ConcurrentHashMap<>();
    private final Map<String, CashInTransfer> byReference = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

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
        return true;
    }

    Optional<CashInTransfer> byPartnerReference(String partnerReferenceNo) {
        return Optional.ofNullable(byPartnerReference.get(partnerReferenceNo));
    }

    Optional<CashInTransfer> find(String ref) {
        return Optional.ofNullable(byReference.get(ref)).or(() -> byPartnerReference(ref));
    }
}
