package id.kasir.sandbox.cashin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** E-wallet transfers in memory, by the merchant's partnerReferenceNo (unique) and by Cash In's TF… reference. */
final class CashInTransferBook {

    private final Map<String, CashInTransfer> byPartnerReference = new ConcurrentHashMap<>();
    private final Map<String, CashInTransfer> byReference = new ConcurrentHashMap<>();

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
