/** Where the simulated gateways keep their orders across restarts: the host's database, in the sandbox's own table. */
package id.kasir.sandbox.store;
