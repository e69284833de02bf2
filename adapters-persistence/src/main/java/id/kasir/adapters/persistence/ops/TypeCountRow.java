package id.kasir.adapters.persistence.ops;

/** One row of a count of open exceptions per type. */
class TypeCountRow {
    String type;
    long count;
}
