package id.kasir.domain.payout;

/**
 * The e-wallets a payout can go to, as Kasir names them (the merchant API's and the portal's
 * {@code channel}). Each gateway adapter spells them its own way: Cash In's e-money API
 * ({@code cashin-ewallet-transfer.txt}) wants {@code TOP_UP_E_WALLET_DANA}, {@code TRANSFER_E_WALLET_OVO},
 * {@code TRANSFER_E_WALLET_GOPAY}, {@code TRANSFER_E_WALLET_SHOPEEPAY}.
 */
public enum EwalletChannel { DANA, OVO, GOPAY, SHOPEEPAY }
