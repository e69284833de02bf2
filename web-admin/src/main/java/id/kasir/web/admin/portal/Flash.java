package id.kasir.web.admin.portal;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-line messages shown on the next page after an action ("Cancelled.", "Could not …"). */
public final class Flash {
    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
    }

    public static void error(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashError", message);
    }
}
