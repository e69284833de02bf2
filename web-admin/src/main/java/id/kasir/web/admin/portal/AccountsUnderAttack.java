package id.kasir.web.admin.portal;

import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.OperatorAccount;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the accounts locked by an attack from many sources on the dashboard, where every ops person
 * looks first (admins unlock them on the Users page). Kept out of the dashboard's own controller, which
 * is about payments.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
class AccountsUnderAttack {

    private final ManageOperators operators;

    AccountsUnderAttack(ManageOperators operators) {
        this.operators = operators;
    }

    @ModelAttribute("lockedAccounts")
    List<OperatorAccount> lockedAccounts() {
        return operators.lockedNow();
    }
}
