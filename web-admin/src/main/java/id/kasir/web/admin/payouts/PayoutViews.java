package id.kasir.web.admin.payouts;

import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.domain.payout.EwalletChannel;
import org.springframework.ui.Model;

/** What the new-payout page needs, whether it is shown empty, after an inquiry, or again after a refusal. */
final class PayoutViews {

    private PayoutViews() {
    }

    static void newPayoutPage(Model model, PayoutForm form, InquirePayoutAccount.Result confirmed,
                              FindPayouts.DailyAllowance today) {
        model.addAttribute("section", "payouts");
        model.addAttribute("form", form);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("channels", EwalletChannel.values());
        model.addAttribute("today", today);
    }
}
