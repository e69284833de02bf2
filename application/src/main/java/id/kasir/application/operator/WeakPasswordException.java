package id.kasir.application.operator;

import id.kasir.domain.common.DomainRuleViolation;

/**
 * A password refused by {@link PasswordRules}, with the reason as a type so the portal can say it in
 * the reader's language (the message is the English text, for logs and callers without a locale).
 */
public class WeakPasswordException extends DomainRuleViolation {

    /** Why a password is refused (NIST SP 800-63B section 5.1.1.2 and the strength estimate). */
    public enum Reason {
        /** Fewer than {@link PasswordRules#MIN_LENGTH} characters. */
        TOO_SHORT,
        /** More than {@link PasswordRules#MAX_BYTES} bytes in UTF-8 (bcrypt reads no further). */
        TOO_LONG,
        /** Nothing but spaces. */
        BLANK,
        /** Contains the account's username (or display name). */
        CONTAINS_USERNAME,
        /** On a list of common or breached passwords, or a small variation of one. */
        COMMON,
        /** Mostly one character or a short group repeated ({@code aaaaaaaaaaaa}, {@code abcabcabcabc}). */
        REPEATED,
        /** Mostly a run such as {@code 123456789012} or {@code abcdefghijkl}. */
        SEQUENCE,
        /** Mostly a path on the keyboard ({@code qwertyuiop[]}, {@code 1qaz2wsx3edc}). */
        KEYBOARD_PATTERN,
        /** Mostly a date or a year. */
        DATE,
        /** Too easy to guess for another reason (dictionary words, names, too few of them). */
        GUESSABLE
    }

    private final Reason reason;

    public WeakPasswordException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
