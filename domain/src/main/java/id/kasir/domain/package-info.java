/**
 * Kasir's domain: money, payments, payouts, their status machines, and the ports through which the
 * rest of the system reaches the world. Pure Java: it depends on the JDK and nothing else, so the
 * rules about money can be read and tested without a framework in the way.
 */
package id.kasir.domain;
