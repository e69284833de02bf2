package id.kasir.domain.payout;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;

/** A gateway that sends money to e-wallets: account inquiry, transfer, transfer status. */
public interface PayoutGateway {

    GatewayId id();

    /** The account holder's name, or a decline such as "account not found". */
    GatewayCallResult<String> inquire(Beneficiary beneficiary, Money amount, String reference);

    /** Sends the transfer. Not safe to repeat with a new reference: callers never retry it blindly. */
    GatewayCallResult<TransferStatus> transfer(Payout payout);

    /** What the gateway knows of a transfer now. Safe to repeat. */
    GatewayCallResult<TransferStatus> query(Payout payout);

    /** The gateway's word on a transfer. */
    record TransferStatus(Outcome outcome, String gatewayReference, String gatewayStatus) {
        public enum Outcome { PROCESSING, SUCCEEDED, FAILED }
    }
}
