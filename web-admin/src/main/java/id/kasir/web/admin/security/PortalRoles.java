package id.kasir.web.admin.security;

/**
 * Which roles may do what, in one place: the filter chain enforces these, the pages use the same
 * lists to show or hide buttons.
 */
public final class PortalRoles {

    /** Ask the gateway, apply its answer, cancel, create a payment by hand. */
    public static final String[] ACT_ON_PAYMENTS = {"OPERATOR", "ADMIN"};
    /** Start a reconciliation run from the portal (issue 13). */
    public static final String[] RUN_RECONCILIATION = {"OPERATOR", "ADMIN"};
    /** Resolve an ops exception, assign it (to oneself or someone else). */
    public static final String[] RESOLVE_EXCEPTIONS = {"OPERATOR", "FINANCE", "ADMIN"};
    /**
     * Decide a money exception (accept the amount received, or refund) and record a refund done: money
     * decisions are FINANCE's (and ADMIN's), not OPERATOR's.
     */
    public static final String[] DECIDE_MONEY_EXCEPTIONS = {"FINANCE", "ADMIN"};
    /** Manage accounts. */
    public static final String[] MANAGE_USERS = {"ADMIN"};
    /** See, issue and revoke the merchant's API keys: a key opens the merchant API, so admins only. */
    public static final String[] MANAGE_API_KEYS = {"ADMIN"};
    /** Send a merchant notification again (seeing the outbox is for everyone). */
    public static final String[] RESEND_MERCHANT_NOTIFICATIONS = {"OPERATOR", "ADMIN"};
    /**
     * Inquire e-wallet accounts and request payouts (the maker). FINANCE only: money that leaves gets the
     * strictest controls, so not even ADMIN (an admin who must, gives themselves the role, which is audited).
     */
    public static final String[] REQUEST_PAYOUTS = {"FINANCE"};
    /** Approve or reject payouts (the checker; never the payout's maker, which the use case refuses). */
    public static final String[] DECIDE_PAYOUTS = {"APPROVER"};
    /** Ask the gateway for a payout's transfer status now. */
    public static final String[] CHECK_PAYOUTS = {"OPERATOR", "FINANCE", "APPROVER", "ADMIN"};

    private PortalRoles() {
    }
}
