/**
 * PayIn (an aggregator: QRIS, e-wallets, virtual accounts) simulated from its side of the wire, under
 * {@code ${kasir.sandbox.path}/payin}: {@code /api/payIn} and {@code /api/payInQuery} authenticated by the
 * MD5 {@code Sign}, an in-memory order book, a pay desk a person clicks through, the scriptable
 * {@code _sandbox} actions, and callbacks to the merchant's {@code notifyUrl} with PayIn's retry ladder.
 * Written from {@code docs/payin.txt}; depends on nothing of Kasir's.
 */
package id.kasir.sandbox.payin;
