package id.kasir.web.admin.portal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The way in: the root goes to the dashboard, and the login page (already logged in: the dashboard). */
@Controller
class EntryController {

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }

    /**
     * @param throttled seconds to wait, as the login gate put them in the URL; anything but a number of
     *                  seconds is not shown (the page never repeats text from its URL)
     */
    @GetMapping("/login")
    String login(Authentication authentication, @RequestParam(required = false) String throttled, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.isAuthenticated()) {
            return "redirect:/admin";
        }
        if (throttled != null && throttled.matches("\\d{1,6}")) {
            model.addAttribute("throttledSeconds", Long.parseLong(throttled));
        }
        return "admin/login";
    }
}
