package id.kasir.bench.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A harness's {@code --key=value} arguments (as {@code bench/run <Harness> --key=value ...} passes them). */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    private Args() {
    }

    /** @throws IllegalArgumentException for an argument not of the form {@code --key=value} */
    public static Args parse(String... args) {
        Args parsed = new Args();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 3) {
                throw new IllegalArgumentException("expected --key=value, not " + arg);
            }
            parsed.values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return parsed;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public int integer(String key, int fallback) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getOrDefault(key, "false"));
    }

    /** A comma-separated list, e.g. {@code --concurrency=8,32,64}; empty values dropped. */
    public List<String> list(String key, String fallback) {
        return Arrays.stream(get(key, fallback).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
