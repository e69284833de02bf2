/**
 * Kasir's use cases, one class per activity. They reach the world only through the domain's ports.
 * Depends on {@code domain} only: no Spring, no MyBatis, no servlet types; {@code app} builds the beans.
 */
package id.kasir.application;
