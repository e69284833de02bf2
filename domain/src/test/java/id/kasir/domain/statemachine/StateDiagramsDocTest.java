package id.kasir.domain.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import id.kasir.domain.payment.PaymentTransitions;
import id.kasir.domain.payout.PayoutTransitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The diagrams in docs/state-machines.md are drawn by the transition tables themselves. This test
 * fails when the picture and the code disagree; run it with {@code -Dkasir.docs.write=true} to redraw
 * the pictures after changing a table on purpose:
 * {@code ./mvnw -pl domain test -Dtest=StateDiagramsDocTest -Dkasir.docs.write=true}.
 */
class StateDiagramsDocTest {

    private static final Path DOC = Path.of("..", "docs", "state-machines.md");

    @Test
    void thePaymentDiagramInTheDocsIsTheOneTheTableDraws() throws IOException {
        checkOrWrite("payment", PaymentTransitions.TABLE.toMermaid());
    }

    @Test
    void thePayoutDiagramInTheDocsIsTheOneTheTableDraws() throws IOException {
        checkOrWrite("payout", PayoutTransitions.TABLE.toMermaid());
    }

    @Test
    void aDiagramThatDisagreesWithTheTableIsCaught() {
        String doc = block("payment", "stateDiagram-v2\n    PAID --> OPEN\n");
        assertThat(extract(doc, "payment")).isNotEqualTo(PaymentTransitions.TABLE.toMermaid());
    }

    private static void checkOrWrite(String name, String drawn) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("kasir.docs.write")) {
            Matcher m = markers(name).matcher(doc);
            assertThat(m.find()).as("markers for %s in %s", name, DOC).isTrue();
            doc = doc.substring(0, m.start()) + block(name, drawn) + doc.substring(m.end());
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        assertThat(extract(doc, name))
                .as("the %s diagram in %s is out of date: redraw it with -Dkasir.docs.write=true", name, DOC)
                .isEqualTo(drawn);
    }

    private static String block(String name, String mermaid) {
        return "<!-- " + name + "-states:begin -->\n```mermaid\n" + mermaid + "```\n<!-- " + name + "-states:end -->";
    }

    private static Pattern markers(String name) {
        return Pattern.compile("<!-- " + name + "-states:begin -->.*?<!-- " + name + "-states:end -->", Pattern.DOTALL);
    }

    private static String extract(String doc, String name) {
        Matcher m = Pattern.compile("<!-- " + name + "-states:begin -->\n```mermaid\n(.*?)```\n<!-- " + name
                + "-states:end -->", Pattern.DOTALL).matcher(doc);
        return m.find() ? m.group(1) : "";
    }
}
