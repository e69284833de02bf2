package id.kasir.application.payout;

import id.kasir.application.gateway.GatewayRegistry;
import id.kasir.application.port.IdGenerator;
import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayExchange;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.AccountInquiry;
import id.kasir.domain.payout.AccountInquiryAnswer;
import id.kasir.domain.payout.CustomerNumber;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.PayoutGateway;

/**
 * Asks the payout gateway who holds an account (Cash In service 37), for the inquiry use case and for a
 * request (which never trusts a name the caller brings: it asks again). Turns every answer that names
 * nobody into a typed refusal, so callers only ever see a confirmed name.
 */
final class AccountLookup {

    /** The holder the gateway named, and the call that named them (for the payout's timeline). */
    record Confirmed(String name, GatewayExchange exchange) {
    }

    private final PayoutGateways gateways;
    private final IdGenerator ids;

    AccountLookup(GatewayRegistry gateways, IdGenerator ids) {
        this.gateways = new PayoutGateways(gateways);
        this.ids = ids;
    }

    /**
     * @throws PayoutRefused             ACCOUNT_NOT_FOUND or INQUIRY_DECLINED
     * @throws PayoutGatewayUnavailable  when the gateway gave no usable answer
     */
    Confirmed confirm(GatewayId gatewayId, EwalletChannel channel, String customerNumber, Money amount) {
        PayoutGateway gateway = gateways.require(gatewayId);
        GatewayCallResult<AccountInquiryAnswer> answer = PayoutGateways.call("account-inquiry",
                () -> gateway.inquire(new AccountInquiry(ids.newReference(), channel, customerNumber, amount)));
        if (answer instanceof GatewayCallResult.Accepted<AccountInquiryAnswer> accepted) {
            if (accepted.value() instanceof AccountInquiryAnswer.AccountFound found) {
                return new Confirmed(found.name(), accepted.exchange());
            }
            AccountInquiryAnswer.AccountNotFound missing = (AccountInquiryAnswer.AccountNotFound) accepted.value();
            String says = ((missing.code() == null ? "" : missing.code() + " ")
                    + (missing.message() == null ? "" : missing.message())).strip();
            throw new PayoutRefused(PayoutRefused.Reason.ACCOUNT_NOT_FOUND, channel + " has no account "
                    + CustomerNumber.masked(customerNumber) + (says.isEmpty() ? "" : " (" + gatewayId + " says " + says + ")"));
        }
        if (answer instanceof GatewayCallResult.Declined<AccountInquiryAnswer> declined) {
            throw new PayoutRefused(PayoutRefused.Reason.INQUIRY_DECLINED, gatewayId + " refused the account inquiry: "
                    + (declined.code() == null ? "" : declined.code() + " ") + declined.message());
        }
        GatewayCallResult.Unknown<AccountInquiryAnswer> unknown = (GatewayCallResult.Unknown<AccountInquiryAnswer>) answer;
        throw new PayoutGatewayUnavailable(unknown.cause(), gatewayId + " gave no usable answer to the account inquiry ("
                + unknown.cause() + "); nothing was stored, ask again");
    }
}
