/**
 * The admin portal for ops staff: Thymeleaf pages behind Spring Security.
 * May depend on {@code application} and {@code domain}; never on an adapter, the merchant API or the batch job.
 */
package id.kasir.web.admin;
