/**
 * The three gateways simulated from their side of the wire: Cash In, Cashi and PayIn, for local runs, demos and tests.
 * Written from the gateways' documents; depends on nothing of Kasir's, so an adapter's mistake cannot hide in its twin.
 */
package id.kasir.sandbox;
