/** The sandbox's own index page: every simulated gateway, its orders and its public key. */
package id.kasir.sandbox.web;
