package id.kasir.domain.common;

import java.util.List;
import java.util.Optional;

/**
 * One page of a keyset-paginated list: the items, and the cursor that fetches the next page
 * (absent on the last page). Keyset, not offset, so page 10,000 costs what page 1 costs.
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }
}
