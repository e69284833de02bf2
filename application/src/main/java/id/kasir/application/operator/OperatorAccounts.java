package id.kasir.application.operator;

import id.kasir.domain.common.StaleAggregateException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where ops people's accounts are kept (repository port). */
public interface OperatorAccounts {

    long count();

    /** By username, as stored (lower case). */
    Optional<OperatorAccount> byUsername(String username);

    Optional<OperatorAccount> byId(long id);

    /** Every account, by username: a handful of people, not a list to paginate. */
    List<OperatorAccount> all();

    /**
     * Stores a new account and returns it with its id.
     *
     * @throws DuplicateUsernameException when the username is taken
     */
    OperatorAccount add(NewOperatorAccount account, String passwordHash, Instant at);

    /**
     * Stores the account's changes if nobody changed it since it was read.
     *
     * @throws StaleAggregateException when its version moved on: re-read and re-judge
     */
    void update(OperatorAccount account);

    class DuplicateUsernameException extends RuntimeException {
        public DuplicateUsernameException(String username) {
            super("The username " + username + " is taken");
        }
    }
}
