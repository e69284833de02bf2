package id.kasir.sandbox.store;

/**
 * A gateway's book of orders that is kept in the {@link SandboxStore}: at start it reads back what the
 * store holds, and from then on writes every order it holds after each change.
 */
public interface StoredBook {

    /** Reads the store's records into the book and keeps every later change in it. Called once, at start. */
    void keepIn(SandboxStore store);
}
