package fr.pasapas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependency direction: application -> domain, never the other way; domain knows nothing of services. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pasapas");

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
    void the_learning_context_does_not_reach_into_another_context_repository_or_entity() {
        noClasses().that().resideInAPackage("fr.pasapas.learning..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.pasapas.people.domain..", "fr.pasapas.certificates.domain..")
                .check(CLASSES);
    }

    @Test
    void contexts_depend_one_way_with_no_cycle_between_them() {
        slices().matching("fr.pasapas.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
