package id.kasir.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency rules of DESIGN.md, written against a root package so the same rules can be run
 * on Kasir ({@code id.kasir}) and on a fixture tree that breaks each one on purpose
 * ({@link BrokenHexagonTest}) — a rule that cannot fail would prove nothing.
 */
final class HexagonRules {

    /** The modules that sit around the application and must not know each other. */
    static final List<String> OUTER_MODULES = List.of(
            "adapters.persistence", "adapters.cashin", "adapters.cashi", "adapters.payin",
            "web.admin", "web.api", "batch.reconciliation", "sandbox");

    static final List<String> GATEWAY_ADAPTERS = List.of("adapters.cashin", "adapters.cashi", "adapters.payin");

    private final String root;

    HexagonRules(String root) {
        this.root = root;
    }

    private String pkg(String module) {
        return root + "." + module + "..";
    }

    ArchRule domainUsesNothingButTheJdk() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage(pkg("domain"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("domain"), "java..")
                .because("the domain is pure Java: no Spring, Jackson, MyBatis, servlet or logging types");
    }

    ArchRule applicationDependsOnTheDomainOnly() {
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage(pkg("application"))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("application"), pkg("domain"), "java..")
                .because("use cases reach the world only through ports; app builds their beans");
    }

    List<ArchRule> outerModulesNeverImportEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String module : OUTER_MODULES) {
            String[] others = OUTER_MODULES.stream().filter(m -> !m.equals(module)).map(this::pkg).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(pkg(module))
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .because(module + " talks to the others only through the application's ports"));
        }
        return rules;
    }

    List<ArchRule> gatewayAdaptersNeverImportEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (String adapter : GATEWAY_ADAPTERS) {
            String[] others = GATEWAY_ADAPTERS.stream().filter(m -> !m.equals(adapter)).map(this::pkg).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(pkg(adapter))
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .because("a new gateway is a new module; nothing else changes"));
        }
        return rules;
    }

    ArchRule sandboxKnowsNothingOfKasir() {
        return noClasses().that().resideInAPackage(pkg("sandbox"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("domain"), pkg("application"), pkg("adapters"),
                        pkg("web"), pkg("batch"), pkg("app"))
                .allowEmptyShould(true)
                .because("the sandbox is written from the gateways' documents, so it checks the adapters instead of mirroring them");
    }

    ArchRule onlyTheAppKnowsTheApp() {
        return noClasses().that().resideOutsideOfPackage(pkg("app"))
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(pkg("app"))
                .allowEmptyShould(true)
                .because("app is the composition root: it knows every module, no module knows it");
    }

    ArchRule modulesHaveNoCycles() {
        return slices().assignedFrom(new ModuleSlices(root)).should().beFreeOfCycles();
    }

    /** Puts each class in the slice of the Maven module its package belongs to. */
    private static final class ModuleSlices implements SliceAssignment {
        private final String root;

        ModuleSlices(String root) {
            this.root = root;
        }

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(root + ".")) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring(root.length() + 1);
            for (String module : OUTER_MODULES) {
                if (rest.equals(module) || rest.startsWith(module + ".")) {
                    return SliceIdentifier.of(module);
                }
            }
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "Kasir's Maven modules under " + root;
        }
    }
}
