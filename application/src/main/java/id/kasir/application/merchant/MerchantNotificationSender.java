package id.kasir.application.merchant;

/** Sends one notification to the merchant's endpoint (signed by the adapter). Never throws for a failed send. */
public interface MerchantNotificationSender {

    /** What the merchant's endpoint did with it. */
    sealed interface Outcome {
        record Delivered() implements Outcome {
        }

        /** Not delivered: a non-2xx answer, a time-out, a refused connection; {@code reason} is for the portal. */
        record Failed(String reason) implements Outcome {
        }
    }

    Outcome send(MerchantNotification notification);
}
