package org.jrw.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/ARCHITECTURE.md. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jrw");
    }

    @Test
    void javaFxOnlyInGuiAndApp() {
        noClasses().that().resideOutsideOfPackages("org.jrw.gui..", "org.jrw.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void luceneOnlyInSearch() {
        noClasses().that().resideOutsideOfPackage("org.jrw.logic.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void iTextOnlyInPdfAndSigning() {
        noClasses().that().resideOutsideOfPackages("org.jrw.logic.pdf..", "org.jrw.logic.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..")
                .check(classes);
    }

    @Test
    void jdbcOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("org.jrw.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.jrw.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jrw.logic..", "org.jrw.persistence..",
                        "org.jrw.gui..", "org.jrw.cli..", "org.jrw.app..", "org.jrw.codec..",
                        "com.fasterxml..", "org.apache..", "com.itextpdf..")
                .check(classes);
    }

    @Test
    void layersPointDownward() {
        noClasses().that().resideInAnyPackage("org.jrw.logic..", "org.jrw.persistence..", "org.jrw.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jrw.gui..", "org.jrw.cli..", "org.jrw.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.jrw.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jrw.logic..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.jrw.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jrw.persistence..")
                .allowEmptyShould(true)
                .because("the GUI goes through logic services");
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.jrw.logic.(*)..").should().beFreeOfCycles().check(classes);
    }
}
