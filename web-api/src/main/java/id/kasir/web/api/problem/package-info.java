/** Errors of the merchant API as RFC 9457 problem details: one shape for every failure, never a stack trace. */
package id.kasir.web.api.problem;
