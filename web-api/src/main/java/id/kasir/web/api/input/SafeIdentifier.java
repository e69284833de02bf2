package id.kasir.web.api.input;

import id.kasir.domain.common.SafeText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An identifier without control, format, bidirectional, separator or surrogate characters (Unicode
 * categories Cc, Cf, Cs, Zl, Zp), checked by the domain's {@link SafeText}; the message names the
 * character and where it is.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeIdentifier.Check.class)
public @interface SafeIdentifier {
    String message() default "must not contain control, format, bidirectional, separator or surrogate characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SafeIdentifier, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return SafeCharacters.report(SafeText.problemInIdentifier(value), context);
        }
    }
}
