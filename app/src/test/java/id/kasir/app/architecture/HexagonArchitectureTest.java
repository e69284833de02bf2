package id.kasir.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kasir's own classes (every module is on this module's classpath) obey the hexagon's rules. */
class HexagonArchitectureTest {

    private static JavaClasses kasir;
    private static final HexagonRules RULES = new HexagonRules("id.kasir");

    @BeforeAll
    static void importKasir() {
        kasir = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The modules' test-jars (in-memory fakes) are on this classpath too; they are not Kasir.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("id.kasir");
    }

    @Test
    void theDomainUsesNothingButTheJdk() {
        RULES.domainUsesNothingButTheJdk().check(kasir);
    }

    @Test
    void theApplicationDependsOnTheDomainOnly() {
        RULES.applicationDependsOnTheDomainOnly().check(kasir);
    }

    @Test
    void adaptersWebAndBatchNeverImportEachOther() {
        RULES.outerModulesNeverImportEachOther().forEach(rule -> rule.check(kasir));
    }

    @Test
    void noGatewayAdapterImportsAnother() {
        RULES.gatewayAdaptersNeverImportEachOther().forEach(rule -> rule.check(kasir));
    }

    @Test
    void theSandboxKnowsNothingOfKasir() {
        RULES.sandboxKnowsNothingOfKasir().check(kasir);
    }

    @Test
    void noModuleDependsOnTheCompositionRoot() {
        RULES.onlyTheAppKnowsTheApp().check(kasir);
    }

    @Test
    void theModulesHaveNoCycles() {
        RULES.modulesHaveNoCycles().check(kasir);
    }

    @Test
    void theRulesSeeEveryModule() {
        // A rule over an empty set of classes passes vacuously: make sure the import found them.
        for (String module : new String[] {"domain", "application", "sandbox", "app"}) {
            org.assertj.core.api.Assertions.assertThat(kasir.stream()
                            .anyMatch(c -> c.getPackageName().startsWith("id.kasir." + module)))
                    .as("classes of %s imported", module).isTrue();
        }
    }
}
