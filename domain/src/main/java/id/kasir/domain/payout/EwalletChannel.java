package id.kasir.domain.payout;

/** The e-wallets a payout can go to. */
public enum EwalletChannel { DANA, OVO, GOPAY, SHOPEEPAY }
