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
 * A free text (a description, a name) without control, separator, surrogate or bidirectional
 * characters, checked by the domain's {@link SafeText}; other format characters (the zero-width joiner
 * of an emoji sequence) are allowed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeFreeText.Check.class)
public @interface SafeFreeText {
    String message() default "must not contain control, separator, surrogate or bidirectional characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<SafeFreeText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return SafeCharacters.report(SafeText.problemInText(value), context);
        }
    }
}
