package id.kasir.application.payout;

import id.kasir.application.merchant.ApiKeyFormat;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.Text;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A payout as a maker asks for it, with the merchant's optional {@code Idempotency-Key}. Two requests
 * are "the same" when their material fields are equal — reference, channel, customer number, amount,
 * currency, expected name — named as the merchant API names them, so a conflict says which differ.
 */
public record PayoutRequest(NewPayout payout, String idempotencyKey) {

    public PayoutRequest {
        Objects.requireNonNull(payout, "payout");
        idempotencyKey = Text.optional(idempotencyKey, "Idempotency-Key", 255);
    }

    /**
     * SHA-256 of the maker and the Idempotency-Key (stored instead of the key: keys are case-sensitive, up to 255
     * characters). The maker is part of it, so a key belongs to the API key (or ops person) that sent it, as for
     * payments: another API key using the same Idempotency-Key neither gets this payout nor learns of it.
     */
    public String idempotencyKeyHash(Actor maker) {
        Objects.requireNonNull(maker, "maker");
        return idempotencyKey == null ? null : ApiKeyFormat.hashOf(maker.asText() + "\n" + idempotencyKey);
    }

    /** SHA-256 of the material fields, each as {@code name=length:value}, so no two requests share one. */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (List<String> field : fields(payout)) {
            String value = field.get(1);
            text.append(field.get(0)).append('=').append(value == null ? "-" : value.length() + ":" + value).append('\n');
        }
        return ApiKeyFormat.hashOf(text.toString());
    }

    /** The names of the material fields whose values differ from the payout's; reference only if asked. */
    public List<String> differences(Payout existing, boolean includeReference) {
        List<List<String>> asked = fields(payout);
        List<List<String>> stored = fields(new NewPayout(existing.reference(), existing.beneficiary().channel(),
                existing.beneficiary().customerNumber(), existing.amount(), existing.beneficiary().expectedName()));
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            String name = asked.get(i).get(0);
            if ((includeReference || !name.equals("reference")) && !Objects.equals(asked.get(i).get(1), stored.get(i).get(1))) {
                differ.add(name);
            }
        }
        return differ;
    }

    private static List<List<String>> fields(NewPayout p) {
        return List.of(
                Arrays.asList("reference", p.reference()),
                Arrays.asList("channel", p.channel().name()),
                Arrays.asList("customerNumber", p.customerNumber()),
                Arrays.asList("amount", p.amount().amount().stripTrailingZeros().toPlainString()),
                Arrays.asList("currency", p.amount().currency().getCurrencyCode()),
                Arrays.asList("expectedName", p.expectedName()));
    }
}
