package id.kasir.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A harness's figures as a text file, {@code bench/target/results/<name>.md}: started fresh by {@link #create},
 * each {@link #line} appended at once (and printed), so a run stopped half-way keeps what it measured.
 */
public final class ResultsFile {

    /** Where every harness writes its figures, relative to the repository's root. */
    public static final Path DIRECTORY = Path.of("bench", "target", "results");

    private final Path path;

    private ResultsFile(Path path) {
        this.path = path;
    }

    /** A new (emptied) file named {@code name + ".md"}, starting with a line that describes the machine. */
    public static ResultsFile create(String name) {
        try {
            Files.createDirectories(DIRECTORY);
            Path path = DIRECTORY.resolve(name + ".md");
            Files.writeString(path, "");
            ResultsFile file = new ResultsFile(path);
            file.line("# " + name + " — " + Machine.describe());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one line (a newline is added) and prints it on standard output. */
    public ResultsFile line(String text) {
        System.out.println(text);
        try {
            Files.writeString(path, text + System.lineSeparator(), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path path() {
        return path;
    }
}
