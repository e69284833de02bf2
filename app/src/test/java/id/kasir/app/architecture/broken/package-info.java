/**
 * A small tree that breaks every hexagon rule once, on purpose: {@link id.kasir.app.architecture.BrokenHexagonTest}
 * runs the same rules on it and expects each to fail. Never used by Kasir itself.
 */
package id.kasir.app.architecture.broken;
