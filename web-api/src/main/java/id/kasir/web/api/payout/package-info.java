/**
 * The payouts endpoints of the merchant API ({@code /api/v1/payouts}): account inquiry, request (the API key
 * is the maker; the payout waits for an ops person's approval), reading one or a filtered list; their JSON
 * shapes and their problem types.
 */
package id.kasir.web.api.payout;
