package id.kasir.app.admin;

import static id.kasir.application.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.app.e2e.EmbeddedKasir;
import id.kasir.application.merchant.MerchantNotificationOutbox;
import id.kasir.application.operator.ManageOperators;
import id.kasir.application.operator.NewOperatorAccount;
import id.kasir.application.operator.OperatorRole;
import id.kasir.application.payment.CreatePayment;
import id.kasir.application.payment.FindPayments;
import id.kasir.domain.common.Actor;
import id.kasir.domain.gateway.GatewayId;
import id.kasir.domain.money.Money;
import id.kasir.domain.notification.GatewayNotifications;
import id.kasir.domain.notification.NotificationSearch;
import id.kasir.domain.payment.Customer;
import id.kasir.domain.payment.NewPayment;
import id.kasir.domain.payment.Payment;
import id.kasir.domain.payment.PaymentMethod;
import id.kasir.domain.payment.PaymentStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16: every portal page on a 1366×768 laptop (headless Chromium at that window size), in English and in
 * Bahasa Indonesia — nothing wider than the window, no message key left untranslated ({@code ??key??}), no English
 * timeline text on the Indonesian payment page; and the header's search box finding a payment by each kind of
 * reference an ops person types. One account holds every role, so every page and every navigation item shows.
 */
class PortalAtLaptopSizeIT {

    private static final String PASSWORD = "laptop sized portal pass";
    /** Words of the English timeline texts (bundle and stored summaries) that an Indonesian page must not show. */
    private static final List<String> ENGLISH_TIMELINE = List.of("requested at", "issued the payment", " says ",
            "Called ", "Notification from", "Expired:", "Cancelled:", "declined", "not applied", "outcome unknown",
            "Status changed", "Gateway call");

    /**
     * The navigation is one bar: no shown label or control wraps onto a second line (taller than one line), none
     * ends beyond the window's right edge ("Keluar" cut off), and the bar itself is one row high.
     */
    private static final String NAVIGATION_ON_ONE_LINE = """
            const bar = document.querySelector('nav.navbar');
            if (!bar) { return true; }
            const shown = [...bar.querySelectorAll('.nav-link, .navbar-text, button, input')]
                .filter(e => e.offsetParent !== null && !e.closest('.dropdown-menu'));
            return shown.every(e => { const r = e.getBoundingClientRect(); return r.height <= 44 && r.right <= window.innerWidth; })
                && bar.getBoundingClientRect().height <= 72;
            """;

    private static EmbeddedKasir kasir;
    private static PortalBrowser browser;
    private static Payment paid;
    private static Payment open;

    @BeforeAll
    static void start() {
        kasir = EmbeddedKasir.start("kasir.admin.bootstrap-password=quiet-laptop-lantern-orbit");
        kasir.bean(ManageOperators.class).create(new NewOperatorAccount("ayu", "Ayu Lengkap",
                EnumSet.allOf(OperatorRole.class)), PASSWORD, Actor.system("e2e"), null);
        paid = payOnTheSandbox(create("LAPTOP-Toko-0001", "081298765432"));
        open = create("LAPTOP-Toko-0002", "0813-1111-2222");
        // An unsigned notification with a long body without spaces: stored (and rejected) like every notification,
        // its raw body must wrap or scroll inside its box, never widen the page.
        kasir.post("/webhooks/cashi", "{\"reference\":\"" + "X".repeat(3000) + "\"}");
        browser = new PortalBrowser(kasir.url(""), 1366, 768);
        browser.logIn("ayu", PASSWORD);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (kasir != null) {
            kasir.close();
        }
    }

    private static Payment create(String orderId, String phone) {
        Clock clock = kasir.bean(Clock.class);
        return kasir.bean(CreatePayment.class).create(new NewPayment(orderId, GatewayId.of("cashin"),
                PaymentMethod.CHECKOUT_PAGE, Money.idr(15_000), clock.instant().plus(Duration.ofMinutes(30)),
                new Customer("C-1", phone, "Siti Aminah", null), "Nasi goreng spesial", null, null),
                Actor.merchant("e2e")).payment();
    }

    private static Payment payOnTheSandbox(Payment created) {
        assertThat(kasir.post("/sandbox/cashin/_sandbox/orders/" + created.reference() + "/pay", "{}").statusCode())
                .isEqualTo(200);
        FindPayments find = kasir.bean(FindPayments.class);
        waitUntil(created.orderId() + " is PAID", () -> find.byId(created.id()).status() == PaymentStatus.PAID);
        return find.byId(created.id());
    }

    private static List<String> everyPage() {
        long notification = kasir.bean(GatewayNotifications.class)
                .search(new NotificationSearch(null, null, paid.id(), null, 1)).get(0).id();
        long longest = kasir.bean(GatewayNotifications.class)
                .search(new NotificationSearch(GatewayId.of("cashi"), null, null, null, 1)).get(0).id();
        long merchantNotification = kasir.bean(MerchantNotificationOutbox.class).bySubject(paid.id().value()).get(0).id();
        return List.of("/admin", "/admin/payments", "/admin/payments/" + paid.id().value(),
                "/admin/payments/" + open.id().value(), "/admin/payments/new", "/admin/find?q=laptop-toko",
                "/admin/find?q=NOTHING-LIKE-THIS", "/admin/notifications", "/admin/notifications/" + notification,
                "/admin/notifications/" + longest,
                "/admin/merchant-notifications", "/admin/merchant-notifications/" + merchantNotification,
                "/admin/exceptions", "/admin/payouts", "/admin/payouts/new", "/admin/audit", "/admin/users",
                "/admin/api-keys");
    }

    @Test
    void everyPageFitsTheWindowAndIsTranslatedInBothLanguages() {
        List<String> problems = new ArrayList<>();
        java.util.Map<String, String> widest = new java.util.TreeMap<>();
        for (String lang : List.of("en", "id")) {
            long widestWidth = 0;
            for (String page : everyPage()) {
                browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
                browser.waitFor(d -> "complete".equals(browser.script("return document.readyState")));
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
                long innerWidth = (Long) browser.script("return window.innerWidth");
                if (scrollWidth > widestWidth) {
                    widestWidth = scrollWidth;
                    widest.put(lang, scrollWidth + " px (" + page + ") in a " + innerWidth + " px window");
                }
                if (scrollWidth > innerWidth) {
                    problems.add(lang + " " + page + " is " + scrollWidth + " px wide in a " + innerWidth + " px window");
                }
                if (!Boolean.TRUE.equals(browser.script(NAVIGATION_ON_ONE_LINE))) {
                    problems.add(lang + " " + page + ": the navigation wraps or runs out of the window");
                }
                String html = browser.driver.getPageSource();
                if (html.contains("??")) {
                    int at = html.indexOf("??");
                    problems.add(lang + " " + page + " has an untranslated key near "
                            + html.substring(Math.max(0, at - 40), Math.min(html.length(), at + 60)));
                }
                assertThat(browser.text("logout")).isNotEmpty();
            }
        }
        System.out.println("PortalAtLaptopSizeIT: " + everyPage().size() + " pages per language; widest " + widest);
        assertThat(problems).isEmpty();
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    @Test
    void theIndonesianTimelineHasNoEnglishText() {
        browser.open("/admin/payments/" + paid.id().value() + "?lang=id");
        List<String> lines = browser.driver.findElements(By.cssSelector("#timeline > li")).stream()
                .map(li -> li.findElement(By.cssSelector("div:nth-child(2)")).getText()).toList();

        assertThat(lines).hasSizeGreaterThanOrEqualTo(4);
        for (String english : ENGLISH_TIMELINE) {
            assertThat(lines).as("Indonesian timeline showing \"" + english + "\"").noneMatch(l -> l.contains(english));
        }
        assertThat(String.join("\n", lines)).contains("Pembayaran Rp 15.000 diminta melalui cashin")
                .contains("Gateway menerbitkan tagihan").contains("Lunas");
        assertThat(browser.text("amount-to-pay")).isEqualTo("Rp 15.000");
        browser.open("/admin/payments/" + paid.id().value() + "?lang=en");
        assertThat(browser.text("amount-to-pay")).isEqualTo("IDR 15,000");
    }

    @Test
    void theSearchBoxFindsAPaymentByEachKindOfReference() {
        browser.open("/admin?lang=en");
        assertThat(browser.element("find-q").getSize().getWidth()).as("the search box's width").isGreaterThan(200);
        Payment stored = kasir.bean(FindPayments.class).byId(paid.id());
        for (String typed : List.of(paid.id().value(), paid.orderId(), paid.orderId().toLowerCase(Locale.ROOT),
                "laptop-toko-0001", stored.reference(), stored.gatewayReference().orElseThrow(), "081298765432",
                "6281298765432", "+62 812-9876-5432")) {
            browser.open("/admin");
            WebElement box = browser.element("find-q");
            box.sendKeys(typed);
            browser.element("find-submit").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/admin/payments/"));
            assertThat(browser.driver.getCurrentUrl()).as("found by " + typed).endsWith("/admin/payments/" + paid.id().value());
        }
        browser.open("/admin");
        browser.element("find-q").sendKeys("LAPTOP-TOKO");
        browser.element("find-submit").click();
        assertThat(browser.element("find-many").getText()).contains("2 payments match");
    }
}
