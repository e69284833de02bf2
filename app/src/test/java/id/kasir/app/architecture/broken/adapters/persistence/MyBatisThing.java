package id.kasir.app.architecture.broken.adapters.persistence;

/** An adapter class the broken application reaches for directly. */
public class MyBatisThing {
}
