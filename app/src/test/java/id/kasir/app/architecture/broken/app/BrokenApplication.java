package id.kasir.app.architecture.broken.app;

/** The fixture tree's composition root. */
public class BrokenApplication {
}
