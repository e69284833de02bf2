package id.kasir.sandbox.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller as one of the sandbox's control endpoints — the order list, the scriptable
 * {@code _sandbox} actions, the {@code _faults} switches — which a real gateway does not have and which
 * let a caller mark any payment paid or break the gateways at will. {@link ControlCallerGuard} lets only
 * callers on this machine reach them. The pay pages are not marked: they stay open, as a real gateway's.
 * The mark is on the handler, so no spelling of the URL ({@code %5Fsandbox}, {@code //}, {@code ;x}) gets past it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SandboxControl {
}
