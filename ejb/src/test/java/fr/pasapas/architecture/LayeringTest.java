package fr.pasapas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shape of the ejb module: contexts depend one way, in the order of {@link #CONTEXTS}, with no cycle;
 * inside a context, application -> domain, never the other way.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pasapas");

    /** Bottom first: a context may use those before it, never those after it (see docs/architecture.md). */
    static final List<String> CONTEXTS = List.of("config", "security", "catalogue", "people", "sandbox", "learning",
            "certificates", "reporting", "platform");

    @Test
    void contexts_are_free_of_cycles() {
        slices().matching("fr.pasapas.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @TestFactory
    Stream<DynamicTest> each_context_uses_only_the_contexts_below_it() {
        return IntStream.range(0, CONTEXTS.size() - 1).mapToObj(i -> {
            String context = CONTEXTS.get(i);
            String[] above = CONTEXTS.subList(i + 1, CONTEXTS.size()).stream()
                    .map(c -> "fr.pasapas." + c + "..").toArray(String[]::new);
            return DynamicTest.dynamicTest(context + " does not use " + String.join(", ", CONTEXTS.subList(i + 1, CONTEXTS.size())),
                    () -> noClasses().that().resideInAPackage("fr.pasapas." + context + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(above).check(CLASSES));
        });
    }

    @Test
    void every_package_belongs_to_a_known_context() {
        noClasses().should().resideOutsideOfPackages(CONTEXTS.stream().map(c -> "fr.pasapas." + c + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void domain_classes_do_not_depend_on_application_services() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..application..")
                .check(CLASSES);
    }

    @Test
    void domain_classes_do_not_depend_on_infrastructure() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAPackage("..infrastructure..")
                .check(CLASSES);
    }

    @Test
    void nothing_in_the_ejb_module_depends_on_the_web_layer() {
        noClasses().should().dependOnClassesThat().resideInAPackage("fr.pasapas.web..").check(CLASSES);
    }

    @Test
    void contexts_talk_through_application_services_never_through_another_context_domain_or_infrastructure() {
        for (String context : CONTEXTS) {
            String[] others = CONTEXTS.stream().filter(c -> !c.equals(context) && !c.equals("platform"))
                    .flatMap(c -> Stream.of("fr.pasapas." + c + ".infrastructure.."))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("fr.pasapas." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(CLASSES);
        }
    }
}
