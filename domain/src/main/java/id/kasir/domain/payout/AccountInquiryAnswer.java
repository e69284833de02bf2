package id.kasir.domain.payout;

import java.util.Objects;

/** What the gateway answered to an account inquiry it understood. */
public sealed interface AccountInquiryAnswer {

    /** The account exists; {@code name} is its holder as the gateway knows them. */
    record AccountFound(String name) implements AccountInquiryAnswer {
        public AccountFound {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("An account holder's name cannot be blank");
            }
        }
    }

    /** The gateway knows no such account on that e-wallet; {@code code}/{@code message} are its own. */
    record AccountNotFound(String code, String message) implements AccountInquiryAnswer {
    }
}
