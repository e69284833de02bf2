package id.kasir.web.api.payout;

/** What the payout bodies share: the channel names and the customer number's shape, as the domain has them. */
final class PayoutBodies {

    static final String CHANNELS = "DANA|OVO|GOPAY|SHOPEEPAY";
    static final String CHANNELS_MESSAGE = "must be one of DANA, OVO, GOPAY, SHOPEEPAY";
    static final String CUSTOMER_NUMBER = "628[0-9]{8,11}";
    static final String CUSTOMER_NUMBER_MESSAGE = "must be an Indonesian mobile number as 628 followed by 8 to 11 digits";

    private PayoutBodies() {
    }
}
