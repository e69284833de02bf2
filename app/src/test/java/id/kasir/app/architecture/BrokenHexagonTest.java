package id.kasir.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link HexagonRules}, run on a fixture tree that breaks it, fails and names the
 * offending class: none of the rules is one that cannot fail.
 */
class BrokenHexagonTest {

    private static final String ROOT = "id.kasir.app.architecture.broken";
    private static final HexagonRules RULES = new HexagonRules(ROOT);
    private static JavaClasses broken;

    @BeforeAll
    static void importTheBrokenTree() {
        broken = new ClassFileImporter().importPackages(ROOT);
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(broken);
        assertThat(result.hasViolation()).as("rule should fail on the broken tree: %s", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static String violations(List<ArchRule> rules) {
        StringBuilder all = new StringBuilder();
        rules.stream().map(r -> r.evaluate(broken)).filter(EvaluationResult::hasViolation)
                .forEach(r -> all.append(String.join("\n", r.getFailureReport().getDetails())).append('\n'));
        assertThat(all).as("some rule of the list should fail on the broken tree").isNotEmpty();
        return all.toString();
    }

    @Test
    void aDomainClassUsingSpringBreaksTheDomainRule() {
        assertThat(violations(RULES.domainUsesNothingButTheJdk())).contains("DomainUsingSpring")
                .contains("org.springframework");
    }

    @Test
    void aUseCaseReachingForAnAdapterBreaksTheApplicationRule() {
        assertThat(violations(RULES.applicationDependsOnTheDomainOnly())).contains("UseCaseUsingAnAdapter")
                .contains("MyBatisThing");
    }

    @Test
    void aWebModuleUsingAnotherBreaksTheOuterModulesRule() {
        assertThat(violations(RULES.outerModulesNeverImportEachOther())).contains("ApiUsingAdmin");
    }

    @Test
    void aGatewayAdapterUsingAnotherBreaksTheGatewayRule() {
        assertThat(violations(RULES.gatewayAdaptersNeverImportEachOther())).contains("CashInUsingCashi")
                .contains("CashiClient");
    }

    @Test
    void aSandboxClassUsingTheDomainBreaksTheSandboxRule() {
        assertThat(violations(RULES.sandboxKnowsNothingOfKasir())).contains("SandboxUsingTheDomain");
    }

    @Test
    void aModuleUsingTheCompositionRootBreaksTheAppRule() {
        assertThat(violations(RULES.onlyTheAppKnowsTheApp())).contains("DomainUsingTheApp");
    }

    @Test
    void twoModulesUsingEachOtherBreakTheCycleRule() {
        assertThat(violations(RULES.modulesHaveNoCycles())).contains("web.admin").contains("web.api");
    }
}
