package id.kasir.app.architecture.broken.domain;

/** Breaks "the domain uses nothing but the JDK": it is a Spring component. */
@org.springframework.stereotype.Component
public class DomainUsingSpring {
}
