package id.kasir.adapters.cashin;

/** A notification signed on the command line with the throwaway gateway key (see CashInSnapSignerTest). */
final class NotifyVector {

    /** Pretty-printed; minified it is exactly the body openssl hashed. */
    static final String PRETTY_BODY = "{\n  \"originalPartnerReferenceNo\": \"PAY12345678910\",\n"
            + "  \"originalReferenceNo\": \"K0MI8Z2Q4ABCDEFGHIJK\",\n  \"latestTransactionStatus\": \"00\",\n"
            + "  \"transactionStatusDesc\": \"Success\",\n  \"amount\": { \"value\": \"10000.00\", \"currency\": \"IDR\" }\n}";
    static final String TIMESTAMP = "2026-11-21T10:00:00+07:00";
    static final String SIGNATURE = "dUnPS8gmh1tM7XTWv5XL2cVNnNhNqba3NF6odTqz0lHxO16wETlMnFP/hIL45hc2a4S9g9MzUzvKqkwZzK8PZGUpVBKBIJpSDffOHsHAaq3H69OGxDnkNRJbOVMgyD0JgE4vL03DbvV1FyYrVFJP22PvWXFwfQfK8qP5G2UJx+ymT9qvceC7CaBcpmWdsz7M+ErN1aCJxqGT2ZUtAWL4HwBP+zI5ZWDLD1SmAteC5h06Y256pOgqoZT/F+vZ9cUqTnWUsoJKXvX8qie0Gofjt1Qb/EQphcjmKLrlYM4M3/W9otiZfsRIKYjjbQmE9kcXrK/7Jnxh93+/noDTJ3tGCg==";

    private NotifyVector() {
    }
}
