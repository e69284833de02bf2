/** The append-only audit trail of what people did, on MyBatis. */
package id.kasir.adapters.persistence.audit;
