package id.kasir.app.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile corpus as data: {@code faults/hostile-requests.psv} (one request a line) and the cross of
 * {@code faults/hostile-values.txt} (one JSON value a line) with every mandatory field of the merchant API's
 * three request bodies, each value put in place of one field of an otherwise valid body.
 *
 * <p>Line format of the requests: {@code group | method | target | headers | signing | expect | body}, the
 * body last so it may hold {@code |}; headers separated by {@code ;;}. Escapes (in target, headers and body):
 * {@code \xHH} is one raw byte, {@code \c{HHHH}} a character written as UTF-8; everything else is literal,
 * so a JSON escape such as backslash-u0000 reaches the server as those six characters. Placeholders:
 * {@code {paid}}, {@code {open}}, {@code {payout}}, {@code {cashinRef}}, {@code {openRef}}, {@code {payinRef}},
 * {@code {cashiRef}}, {@code {key}}, {@code {idem}}, {@code {csrf}} and {@code {rep:N:text}} (text N times).
 */
final class HostileCorpus {

    private static final Pattern REPEAT = Pattern.compile("\\{rep:(\\d+):([^}]*)}");
    private static final Pattern ESCAPE = Pattern.compile("\\\\x([0-9a-fA-F]{2})|\\\\c\\{([0-9a-fA-F]{1,6})}");

    /** Valid bodies of the API's three POSTs, each field named once, for the value × field cross. */
    private static final List<Template> TEMPLATES = List.of(
            new Template("api:payments.create", "/api/v1/payments",
                    "{\"orderId\":\"HC-X-1\",\"amount\":15000,\"currency\":\"IDR\",\"provider\":\"cashin\",\"method\":\"QRIS\"}",
                    List.of("orderId", "amount", "provider", "method")),
            new Template("api:payouts.create", "/api/v1/payouts",
                    "{\"reference\":\"HC-PO-X\",\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":50000,"
                            + "\"expectedName\":\"John Doe\"}",
                    List.of("reference", "channel", "customerNumber", "amount", "expectedName")),
            new Template("api:payouts.inquiries", "/api/v1/payouts/inquiries",
                    "{\"channel\":\"OVO\",\"customerNumber\":\"6281234567890\",\"amount\":50000}",
                    List.of("channel", "customerNumber", "amount")));

    private record Template(String group, String path, String validBody, List<String> fields) {
        String with(String field, String value) {
            Matcher current = Pattern.compile("\"" + field + "\":(\"[^\"]*\"|[0-9]+)").matcher(validBody);
            if (!current.find()) {
                throw new IllegalStateException(field + " not in " + validBody);
            }
            return validBody.substring(0, current.start()) + "\"" + field + "\":" + value + validBody.substring(current.end());
        }
    }

    private HostileCorpus() {
    }

    /** Every input: the request lines first, then the value × field cross. */
    static List<HostileInput> load() {
        List<HostileInput> inputs = new ArrayList<>();
        for (String line : lines("faults/hostile-requests.psv")) {
            String[] cells = line.split("\\|", 7);
            if (cells.length != 7) {
                throw new IllegalStateException("not 7 cells: " + line);
            }
            List<String> headers = cells[3].isBlank() ? List.of()
                    : Arrays.stream(cells[3].split(";;")).map(String::strip).toList();
            inputs.add(new HostileInput(cells[0].strip(), cells[1].strip(), cells[2].strip(), headers, cells[6].strip(),
                    cells[4].strip(), cells[5].strip()));
        }
        List<String> values = lines("faults/hostile-values.txt");
        for (Template template : TEMPLATES) {
            for (String field : template.fields()) {
                for (String value : values) {
                    inputs.add(new HostileInput(template.group(), "POST", template.path(), List.of("auth", "json"),
                            template.with(field, value), "none", "4xx"));
                }
            }
        }
        return inputs;
    }

    /** Fills in the placeholders, then {@code {rep:N:text}}. */
    static String fill(String text, Map<String, String> placeholders) {
        String filled = text;
        for (Map.Entry<String, String> p : placeholders.entrySet()) {
            filled = filled.replace("{" + p.getKey() + "}", p.getValue());
        }
        Matcher repeat = REPEAT.matcher(filled);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(out, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(out);
        return out.toString();
    }

    /** The bytes of a corpus text: literal text as UTF-8, {@code \xHH} as one byte, {@code \c{H…}} as UTF-8. */
    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Matcher escape = ESCAPE.matcher(text);
        int at = 0;
        while (escape.find()) {
            out.writeBytes(text.substring(at, escape.start()).getBytes(StandardCharsets.UTF_8));
            if (escape.group(1) != null) {
                out.write(Integer.parseInt(escape.group(1), 16));
            } else {
                out.writeBytes(Character.toString(Integer.parseInt(escape.group(2), 16)).getBytes(StandardCharsets.UTF_8));
            }
            at = escape.end();
        }
        out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A request line or header as the socket sends it (one char per byte). */
    static String latin1(String text) {
        return new String(bytes(text), StandardCharsets.ISO_8859_1);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = HostileCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
