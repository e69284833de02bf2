/** The payments endpoints of the merchant API ({@code /api/v1/payments}) and their JSON shapes. */
package id.kasir.web.api.payment;
