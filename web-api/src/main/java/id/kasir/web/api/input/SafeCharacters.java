package id.kasir.web.api.input;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Turns the domain's description of a refused character into the field's validation message. */
final class SafeCharacters {

    private SafeCharacters() {
    }

    static boolean report(Optional<String> problem, ConstraintValidatorContext context) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Bean Validation interpolates {…} and ${…}: escape them so the description is shown as it is.
        String message = problem.get().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
                .replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
