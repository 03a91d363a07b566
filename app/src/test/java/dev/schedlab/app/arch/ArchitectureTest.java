package dev.schedlab.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The layering that keeps the model and the front end usable without a screen, and the app at the top. */
class ArchitectureTest {
    private static JavaClasses all;

    @BeforeAll static void importTheProject() {
        all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.schedlab");
    }

    @Test void everyModuleIsImported() {
        assertThat(all.containPackage("dev.schedlab.model.trace")).isTrue();
        assertThat(all.containPackage("dev.schedlab.scenarios.lang")).isTrue();
        assertThat(all.containPackage("dev.schedlab.app.cli")).isTrue();
    }

    @Test void modelAndScenariosDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("dev.schedlab.model..", "dev.schedlab.scenarios..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(all);
    }

    @Test void onlyTheAppDependsOnTheApp() {
        noClasses().that().resideOutsideOfPackage("dev.schedlab.app..")
                .should().dependOnClassesThat().resideInAPackage("dev.schedlab.app..")
                .check(all);
    }

    @Test void viewsDrawSnapshotsWithoutTheRuntimeOrTheFrontEnd() {
        noClasses().that().resideInAPackage("dev.schedlab.views..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.schedlab.model.runtime..", "dev.schedlab.scenarios..")
                .allowEmptyShould(true) // views has no classes yet
                .check(all);
    }
}
