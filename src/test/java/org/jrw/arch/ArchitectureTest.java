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
    }

    /** Issue 24: built in session 6 but never checked (26 violations in 5 classes); now enforced. */
    @Test
    void guiDoesNotUsePersistence() {
        noClasses().that().resideInAnyPackage("org.jrw.gui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jrw.persistence..")
                .because("the GUI goes through logic services composed by logic.services.Services (ADR 0141)")
                .check(classes);
    }

    /**
     * ADR 0166: every file and folder chooser is a question of the one dialog service, so view-models
     * and views are tested with a scripted one. Only {@code FxDialogService} and {@code FileDialogs}
     * (the remembered folders) touch JavaFX's choosers.
     */
    @Test
    void fileChoosersOnlyInTheDialogService() {
        noClasses().that().haveNameNotMatching("org\\.jrw\\.gui\\.(FxDialogService|FileDialogs)(\\$.*)?")
                .should().dependOnClassesThat().haveNameMatching("javafx\\.stage\\.(FileChooser|DirectoryChooser)(\\$.*)?")
                .because("a view-model asks DialogService.saveFile/openFile(s)/chooseFolder (ADR 0166)")
                .check(classes);
    }

    /** ADR 0142: PDFBox renders and reads, in logic only; the GUI gets images and text from logic.evidence. */
    @Test
    void pdfBoxOnlyInLogic() {
        noClasses().that().resideOutsideOfPackages("org.jrw.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .check(classes);
    }

    /**
     * ADR 0142: iText writes and signs (logic.pdf, logic.signing); PDFBox writes one thing, the comment PDF
     * (CommentPdfWriter: pages merged from the case's PDFs and pictures, with annotations, ADR 0050).
     */
    @Test
    void pdfBoxWritesOnlyTheCommentPdf() {
        var writing = com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe(
                "PDFBox's writing API", c -> c.getName().startsWith("org.apache.pdfbox.multipdf.")
                        || c.getName().equals("org.apache.pdfbox.pdmodel.PDPageContentStream"));
        noClasses().that().haveNameNotMatching("org\\.jrw\\.logic\\.exchange\\.CommentPdf.*")
                .should().dependOnClassesThat(writing)
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("PDDocument.save",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTarget().getName().equals("save")
                                && call.getTargetOwner().getName().equals("org.apache.pdfbox.pdmodel.PDDocument")))
                .check(classes);
    }

    @Test
    void noCyclesBetweenFeaturePackages() {
        slices().matching("org.jrw.logic.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * One owner per table (ADR 0141): the write methods of each DAO are called only by the aggregate's
     * owner. Other changes that must write in the same transaction take the owner's write steps
     * ({@code AnnotationService.inserting}, {@code ReviewWrites.*}). The audit trail is appended by every
     * change in its own transaction by design ({@code Audit.entry}); the vault's file rows by whoever
     * stores a file.
     */
    @Test
    void tableOwners() {
        TABLE_OWNERS.forEach((dao, owners) -> onlyOwnersWrite(dao, owners.toArray(String[]::new)));
    }

    /**
     * The owners per DAO ({@link #tableOwners}); {@code AuditDao} is left out on purpose (every change appends
     * its audit entry in its own transaction). {@code CaseDao}: the case rows and the vault's file rows,
     * written through {@code CaseWrites}' write steps by the import, the intake, the case editor, a signature
     * recorded here and a merged opinion.
     */
    static final java.util.Map<String, java.util.List<String>> TABLE_OWNERS = java.util.Map.ofEntries(
            java.util.Map.entry("AnnotationDao", java.util.List.of("org.jrw.logic.evidence.AnnotationService",
                    "org.jrw.logic.dossier.DossierImporter")),
            java.util.Map.entry("ReviewDao", java.util.List.of("org.jrw.logic.review..")),
            java.util.Map.entry("ExchangeDao", java.util.List.of("org.jrw.logic.exchange..",
                    "org.jrw.logic.review.ReviewService")),
            java.util.Map.entry("EvidenceLinkDao", java.util.List.of("org.jrw.logic.evidence.EvidenceLinks")),
            java.util.Map.entry("MeetingDao", java.util.List.of("org.jrw.logic.meeting.MeetingService")),
            java.util.Map.entry("CaseEditDao", java.util.List.of("org.jrw.logic.edit.CaseEditor")),
            java.util.Map.entry("CaseDao", java.util.List.of("org.jrw.logic.dossier.CaseWrites")),
            java.util.Map.entry("RuleSourceDao", java.util.List.of("org.jrw.logic.rules.RuleSources")),
            java.util.Map.entry("ImportedLawDao", java.util.List.of("org.jrw.logic.law.LawImports")),
            java.util.Map.entry("PrecedentDao", java.util.List.of("org.jrw.logic.search.PrecedentService")),
            java.util.Map.entry("TrainingDao", java.util.List.of("org.jrw.logic.training.TrainingService")),
            java.util.Map.entry("EvaluationDao", java.util.List.of("org.jrw.logic.evaluation..")));

    /** Write methods of a DAO that {@link #tableOwners} guards (by name). */
    static final String WRITE_METHOD =
            "(insert|update|delete|upsert|save|add|replace|remove|pin|mark|store|clear|put|register|record|write)\\w*|set[A-Z]\\w*";

    private static void onlyOwnersWrite(String dao, String... owners) {
        String daoName = "org.jrw.persistence." + dao;
        var owner = com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe(
                "owners of " + dao + " " + java.util.List.of(owners), c -> {
                    for (String o : owners) {
                        if (o.endsWith("..") ? c.getPackageName().startsWith(o.substring(0, o.length() - 2))
                                : c.getName().equals(o) || c.getName().startsWith(o + "$")) {
                            return true;
                        }
                    }
                    return c.getPackageName().equals("org.jrw.persistence");
                });
        var write = com.tngtech.archunit.base.DescribedPredicate.describe("a write of " + dao,
                (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().getName().equals(daoName)
                        && call.getTarget().getName().matches(WRITE_METHOD));
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.not(owner)).should().callMethodWhere(write)
                .check(classes);
    }
}
