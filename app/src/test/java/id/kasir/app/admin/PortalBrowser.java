package id.kasir.app.admin;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the portal's end-to-end tests. Both binaries are given explicitly (Debian's
 * {@code chromium} and {@code chromium-driver}): Selenium must never try to download a driver.
 * Every wait is on a condition, with a generous ceiling; nothing sleeps.
 */
final class PortalBrowser implements AutoCloseable {

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration CEILING = Duration.ofSeconds(20);

    final WebDriver driver;
    private final String baseUrl;

    PortalBrowser(String baseUrl) {
        this(baseUrl, 1400, 1000);
    }

    /** A browser whose window is {@code width}×{@code height} CSS pixels (e.g. a 1366×768 laptop). */
    PortalBrowser(String baseUrl, int width, int height) {
        this.baseUrl = baseUrl;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String url(String path) {
        return baseUrl + path;
    }

    void logIn(String username, String password) {
        open("/login");
        waitFor(d -> !d.findElements(By.id("login-form")).isEmpty());
        submitLogin(username, password);
    }

    void submitLogin(String username, String password) {
        WebElement user = driver.findElement(By.id("username"));
        user.clear();
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        String before = driver.getCurrentUrl();
        driver.findElement(By.id("login-submit")).click();
        // The form posts and the browser lands on a new page (the dashboard, or the login page with ?error).
        waitFor(d -> !d.getCurrentUrl().equals(before) || !d.findElements(By.id("login-error")).isEmpty());
    }

    void logOut() {
        driver.manage().deleteAllCookies();
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, CEILING).until(condition);
    }

    WebElement element(String id) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** The text of an element whether or not it is shown (e.g. an item of a closed dropdown menu). */
    String text(String id) {
        return waitFor(d -> d.findElements(By.id(id)).isEmpty() ? null : d.findElement(By.id(id)))
                .getAttribute("textContent").strip();
    }

    /** Runs a script in the page and answers its result. */
    Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** What the browser printed to its console since the last call (CSP violations show up here). */
    List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
