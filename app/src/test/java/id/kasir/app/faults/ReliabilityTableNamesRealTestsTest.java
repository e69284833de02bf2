package id.kasir.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/reliability.md} promises that every fault row names a test in the build. This keeps the promise
 * honest: each {@code `Class#method`} (or {@code `#method`}, meaning the class named last before it) must be a
 * method declared in a test source file of that name somewhere in the project. A renamed or deleted test fails
 * here instead of leaving the table pointing at nothing.
 */
class ReliabilityTableNamesRealTestsTest {

    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)?#([a-z][A-Za-z0-9]*)");

    @Test
    void everyTestTheReliabilityTableNamesIsDeclaredInTheTestSources() throws IOException {
        Path root = projectRoot();
        String table = Files.readString(root.resolve("docs/reliability.md"));
        Map<String, List<Path>> testSources = testSourcesByClassName(root);

        List<String> named = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String lastClass = null;
        Matcher m = REFERENCE.matcher(table);
        while (m.find()) {
            String className = m.group(1) != null ? m.group(1) : lastClass;
            lastClass = className;
            String method = m.group(2);
            named.add(className + "#" + method);
            if (!declares(testSources.getOrDefault(className, List.of()), method)) {
                missing.add(className + "#" + method);
            }
        }
        System.out.println("docs/reliability.md names " + named.size() + " tests; missing: " + missing);
        assertThat(named).hasSizeGreaterThan(40);
        assertThat(missing).as("tests named in docs/reliability.md that no test source declares").isEmpty();
    }

    private static boolean declares(List<Path> files, String method) {
        Pattern declaration = Pattern.compile("\\bvoid\\s+" + Pattern.quote(method) + "\\s*\\(");
        return files.stream().anyMatch(file -> {
            try {
                return declaration.matcher(Files.readString(file)).find();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Map<String, List<Path>> testSourcesByClassName(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/test/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .collect(Collectors.groupingBy(p -> p.getFileName().toString().replace(".java", "")));
        }
    }

    /** The build runs this module's tests with {@code app} as the working directory. */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("docs/reliability.md")) ? here : here.getParent();
    }
}
