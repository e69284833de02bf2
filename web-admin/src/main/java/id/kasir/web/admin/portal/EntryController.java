package id.kasir.web.admin.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The way in: the root goes to the dashboard, and the login page (already logged in: the dashboard). */
@Controller
class EntryController {

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/admin";
        }
        return "admin/login";
    }
}
