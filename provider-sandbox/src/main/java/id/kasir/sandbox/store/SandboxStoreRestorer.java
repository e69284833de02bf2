package id.kasir.sandbox.store;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Hands the store to every {@link StoredBook} once all singletons exist — so after the host's own schema
 * migration (Flyway finds an empty database on a first start, not the sandbox's table) and before the
 * web server takes requests.
 */
public final class SandboxStoreRestorer implements SmartInitializingSingleton {

    private final SandboxStore store;
    private final List<StoredBook> books;

    public SandboxStoreRestorer(SandboxStore store, List<StoredBook> books) {
        this.store = store;
        this.books = books;
    }

    @Override
    public void afterSingletonsInstantiated() {
        books.forEach(book -> book.keepIn(store));
    }
}
