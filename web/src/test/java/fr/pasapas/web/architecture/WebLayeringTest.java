package fr.pasapas.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web layer talks to the ejb contexts through their application services only: a request flows
 * view -> backing bean -> service -> repository -> entity, never from a bean straight to the database.
 */
class WebLayeringTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.pasapas.web");

    @Test
    void web_classes_never_use_another_context_infrastructure() {
        noClasses().should().dependOnClassesThat().resideInAPackage("fr.pasapas..infrastructure..").check(WEB);
    }

    @Test
    void web_classes_never_touch_the_entity_manager_or_jpa() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(WEB);
    }

    @Test
    void web_classes_never_use_an_entity() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity").check(WEB);
    }

    @Test
    void web_packages_are_free_of_cycles() {
        slices().matching("fr.pasapas.web.(*)..").should().beFreeOfCycles().check(WEB);
    }
}
