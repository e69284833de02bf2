package id.kasir.web.admin.people;

import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.operator.PasswordRules;
import id.kasir.application.operator.WeakPasswordException;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.DomainRuleViolation;
import id.kasir.web.admin.portal.Flash;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Accounts (ADMIN only, enforced by the filter chain): create, disable/enable, roles, password reset; all audited. */
@Controller
class UsersController {

    private final ManageOperators manageOperators;
    private final MessageSource messages;

    UsersController(ManageOperators manageOperators, MessageSource messages) {
        this.manageOperators = manageOperators;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("section", "users");
        model.addAttribute("accounts", manageOperators.all());
        model.addAttribute("roles", OperatorRole.values());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) List<String> roles, @RequestParam(required = false) String password,
                  Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Account " + NewOperatorAccount.normalizeUsername(username) + " created.", () ->
                manageOperators.create(new NewOperatorAccount(username, displayName, roles(roles)), password,
                        Actor.operator(who.getName()), request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam(required = false) List<String> roles, Authentication who,
                       HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Roles changed.", () -> manageOperators.changeRoles(id, roles(roles), Actor.operator(who.getName()),
                request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Account disabled.", () -> manageOperators.disable(id, Actor.operator(who.getName()),
                request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Account enabled.", () -> manageOperators.enable(id, Actor.operator(who.getName()),
                request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    /** Lifts the lock an attack from many sources put on an account (another admin's job: the owner is locked out). */
    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, Authentication who, HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Account unlocked.", () -> manageOperators.unlock(id, Actor.operator(who.getName()),
                request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Authentication who,
                         HttpServletRequest request, RedirectAttributes redirect) {
        act(redirect, "Password reset; any lock-out is lifted.", () -> manageOperators.resetPassword(id, password,
                Actor.operator(who.getName()), request.getRemoteAddr()));
        return "redirect:/admin/users";
    }

    private void act(RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, success);
        } catch (WeakPasswordException weak) {
            // The reason in the reader's language (English or Bahasa Indonesia), from its type.
            Flash.error(redirect, messages.getMessage("password.weak." + weak.reason().name(),
                    new Object[] {PasswordRules.MIN_LENGTH, PasswordRules.MAX_BYTES}, weak.getMessage(),
                    LocaleContextHolder.getLocale()));
        } catch (IllegalArgumentException | DomainRuleViolation refused) {
            Flash.error(redirect, refused.getMessage());
        }
    }

    private static Set<OperatorRole> roles(List<String> names) {
        EnumSet<OperatorRole> roles = EnumSet.noneOf(OperatorRole.class);
        if (names != null) {
            names.forEach(n -> roles.addAll(OperatorRole.parse(n)));
        }
        return roles;
    }
}
