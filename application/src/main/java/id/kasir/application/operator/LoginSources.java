package id.kasir.application.operator;

import java.time.Instant;

/**
 * Which source addresses tried to log in to which account, and how it went (port; one row per account
 * and source in the database, so every node counts the same). Only accounts that exist are recorded: an
 * attacker typing random usernames fills nothing. Sources are IP addresses as the portal resolved them
 * (trusted proxies' {@code X-Forwarded-For} followed), at most 64 characters.
 */
public interface LoginSources {

    /** One more failure from {@code source} for {@code username}. */
    void failed(String username, String source, Instant at);

    /** A successful login: the source becomes known and its failures are forgotten. */
    void succeeded(String username, String source, Instant at);

    /** How many different sources failed for this account at or after {@code since}. */
    int sourcesFailedSince(String username, Instant since);

    /** Whether the account logged in successfully from this source at or after {@code since}. */
    boolean succeededSince(String username, String source, Instant since);

    /** Forgets every failure for the account (an admin lifted its lock); known sources stay known. */
    void forgetFailures(String username);

    /** Deletes rows with nothing at or after {@code cutoff}; returns how many. */
    int forgetOlderThan(Instant cutoff);
}
