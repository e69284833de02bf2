package id.kasir.sandbox.payin;

import id.kasir.sandbox.store.SandboxStore;
import id.kasir.sandbox.store.StoredBook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PayIn's orders, in memory and (once {@link #keepIn} is called) in the sandbox's store, written after every
 * change so a restart keeps them payable: opens an order from a checked request (numbers, fee, payCode in the shape
 * chosen for it) and finds it again by PayIn's {@code orderNo} or the merchant's {@code mchOrderNo}.
 * A merchant's {@code mchOrderNo} is unique: a second order with it is refused.
 */
public final class PayInOrderBook implements StoredBook {

    static final String STORE_BOOK = "payin";

    private static final DateTimeFormatter CHANNEL_DAY = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final PayInSandboxProperties properties;
    private final PayInFeeRule feeRule;
    private final String gatewayBaseUrl;
    private final Clock clock;
    private final Map<String, PayInOrder> byOrderNo = new ConcurrentHashMap<>();
    private final Map<String, PayInOrder> byMerchantOrderNo = new ConcurrentHashMap<>();
    private final AtomicLong sequence;
    private volatile SandboxStore store = SandboxStore.MEMORY_ONLY;

    /** {@code gatewayBaseUrl} is where browsers reach this gateway, e.g. {@code http://localhost:8080/sandbox/payin}. */
    public PayInOrderBook(PayInSandboxProperties properties, String gatewayBaseUrl, Clock clock) {
        this.properties = properties;
        this.feeRule = new PayInFeeRule(properties);
        this.gatewayBaseUrl = gatewayBaseUrl;
        this.clock = clock;
        // 19 digits like PayIn's own (PAYIN8551844049125523456), starting from the clock so numbers from
        // one run do not repeat the previous run's.
        this.sequence = new AtomicLong(8_500_000_000_000_000_000L + (clock.millis() % 1_000_000_000_000L) * 10_000L);
    }

    @Override
    public synchronized void keepIn(SandboxStore store) {
        for (PayInOrderRecord record : store.load(STORE_BOOK, PayInOrderRecord.class)) {
            PayInOrder order = PayInOrder.from(record);
            order.keptBy(this::keep);
            if (byMerchantOrderNo.putIfAbsent(merchantKey(order.merchantId(), order.mchOrderNo()), order) == null) {
                byOrderNo.put(order.orderNo(), order);
            }
        }
        this.store = store;
    }

    private void keep(PayInOrder order) {
        store.save(STORE_BOOK, order.orderNo(), order.createdAt(), order.record());
    }

    PayInOrder open(String merchantId, PayInOrderRequest request) {
        Instant now = clock.instant();
        long number = sequence.incrementAndGet();
        String orderNo = "PAYIN" + number;
        String channelOrderNo = CHANNEL_DAY.format(now) + String.format(Locale.ROOT, "%06d", number % 1_000_000);
        String payDeskUrl = gatewayBaseUrl + "/paydesk/" + orderNo;
        PayInPayCodeShape shape = null;
        String qris = null;
        String payCode;
        String payUrl;
        switch (request.payType().kind()) {
            case QRIS -> {
                shape = PayInPayCodeShape.requestedBy(request.remark()).orElse(properties.defaultPayCodeShape());
                qris = PayInQrisPayload.forOrder(orderNo, request.amount());
                String imageUrl = gatewayBaseUrl + "/qr/" + orderNo + ".png";
                payCode = switch (shape) {
                    case QRIS_TEXT -> qris;
                    case IMAGE_URL -> imageUrl;
                    case BASE64_IMAGE -> Base64.getEncoder().encodeToString(PayInQrImage.png(qris));
                };
                payUrl = shape == PayInPayCodeShape.IMAGE_URL ? imageUrl : "";
            }
            // Like the e-wallet's own landing link (m.dana.id/link/pay?bizNo=…), which lands on the pay desk here.
            case EWALLET -> {
                payCode = "";
                payUrl = gatewayBaseUrl + "/link/pay?bizNo=" + channelOrderNo;
            }
            case VIRTUAL_ACCOUNT -> {
                payCode = "8808" + String.format(Locale.ROOT, "%02d", request.payType().code())
                        + String.format(Locale.ROOT, "%010d", number % 10_000_000_000L);
                payUrl = "";
            }
            default -> throw new IllegalStateException("unknown kind " + request.payType().kind());
        }
        BigDecimal fee = feeRule.feeFor(request.payType(), request.amount());
        PayInOrder order = new PayInOrder(merchantId, request.mchOrderNo(), orderNo, channelOrderNo, request.payType(),
                request.amount(), fee, shape, qris, payCode, payUrl, payDeskUrl, request.notifyUrl(), request.nonceStr(),
                request.realName(), now, now.plusSeconds(request.expireTime()));
        if (byMerchantOrderNo.putIfAbsent(merchantKey(merchantId, request.mchOrderNo()), order) != null) {
            throw new PayInRejection(400, "MchOrderNo_Repeat: " + request.mchOrderNo() + " already has an order");
        }
        byOrderNo.put(orderNo, order);
        order.keptBy(this::keep);
        keep(order);
        return order;
    }

    public Optional<PayInOrder> byOrderNo(String orderNo) {
        return Optional.ofNullable(orderNo == null ? null : byOrderNo.get(orderNo));
    }

    public Optional<PayInOrder> byMchOrderNo(String merchantId, String mchOrderNo) {
        return Optional.ofNullable(mchOrderNo == null ? null : byMerchantOrderNo.get(merchantKey(merchantId, mchOrderNo)));
    }

    /** By PayIn's reference first, then by the sandbox merchant's own. */
    public Optional<PayInOrder> find(String ref) {
        return byOrderNo(ref).or(() -> byMchOrderNo(properties.merchantId(), ref));
    }

    /** The order behind an e-wallet landing link. */
    Optional<PayInOrder> byChannelOrderNo(String channelOrderNo) {
        return byOrderNo.values().stream().filter(o -> o.channelOrderNo().equals(channelOrderNo)).findFirst();
    }

    public List<PayInOrder> newest(int limit) {
        return byOrderNo.values().stream()
                .sorted(Comparator.comparing(PayInOrder::createdAt).thenComparing(PayInOrder::orderNo).reversed())
                .limit(Math.max(0, limit))
                .toList();
    }

    public Instant now() {
        return clock.instant();
    }

    private static String merchantKey(String merchantId, String mchOrderNo) {
        return merchantId + "\u0000" + mchOrderNo;
    }
}
