package id.kasir.domain.payout;

import id.kasir.domain.gateway.GatewayCallResult;
import id.kasir.domain.gateway.GatewayId;

/**
 * A gateway that sends money to e-wallets (Cash In's e-money API: services 37, 38, 39). Implementations
 * never throw for a gateway problem: a time-out, 5xx or unreadable answer is
 * {@link GatewayCallResult.Unknown} with its cause, a business "no" is {@link GatewayCallResult.Declined}.
 */
public interface PayoutGateway {

    GatewayId id();

    /** Who holds the account (37). Safe to repeat. "No such account" is an answer, not a decline. */
    GatewayCallResult<AccountInquiryAnswer> inquire(AccountInquiry inquiry);

    /**
     * Sends the transfer (38). Never retried by the adapter: a second call after a time-out could move
     * money twice. Accepted carries the gateway's word (usually PROCESSING); Declined means the gateway
     * refused it and the money did not leave.
     */
    GatewayCallResult<TransferReport> transfer(TransferOrder order);

    /** What the gateway knows of the transfer now (39), {@link TransferOutcome#NOT_FOUND} included. Safe to repeat. */
    GatewayCallResult<TransferReport> status(TransferLookup lookup);
}
