package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comment PDF round trip (ADR 0050) from the service's side: where an export may be written,
 * which returned file belongs to which export and case (PDF by its export id, XFDF by the PDF's
 * identifier), pages inserted or removed, and that every refusal leaves the case's annotations and
 * the audit trail as they were.
 */
class CommentServiceTest {
    static final String A = "西应急罚〔2024〕91号";
    static final String B = "西应急罚〔2024〕92号";

    @TempDir
    static Path tmp;
    static Workspace ws;
    static CommentService comments;
    static Path exported;
    static String pdfId;

    @BeforeAll
    static void twoCasesAndAnExport() throws Exception {
        Path dir = tmp.resolve("ws");
        for (String c : List.of(A, B)) {
            Path pkg = EvidenceFixtures.pkg(c).writeZip(tmp.resolve(c.hashCode() + ".jrcase"));
            assertThat(CliRunner.run("--workspace", dir.toString(), "case", "import", pkg.toString()).code()).isZero();
        }
        ws = Workspace.open(dir);
        comments = new CommentService(ws);
        exported = tmp.resolve("a.pdf");
        comments.exportPdf(A, exported, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(exported.toFile())) {
            pdfId = java.util.HexFormat.of().formatHex(
                    ((org.apache.pdfbox.cos.COSString) doc.getDocument().getDocumentID().getObject(0)).getBytes());
        }
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static String state(String caseNumber) {
        String caseId = new DossierService(ws).resolve(caseNumber);
        return ws.db().withConnection(c -> AnnotationDao.list(c, caseId).toString() + AuditDao.list(c, null, null).size());
    }

    private static String refusal(String caseNumber, Path pdf, Path xfdf) {
        String before = state(caseNumber);
        try {
            comments.importComments(caseNumber, pdf, xfdf, null, Progress.NONE);
        } catch (BadInputException e) {
            assertThat(state(caseNumber)).as("nothing written").isEqualTo(before);
            return e.key() + " " + e.getMessage();
        }
        return null;
    }

    /** The exported PDF with one sticky note on its first page. */
    private static Path commented(String name, String note) throws Exception {
        Path out = tmp.resolve(name);
        try (PDDocument doc = Loader.loadPDF(exported.toFile())) {
            PDAnnotationText t = new PDAnnotationText();
            t.setRectangle(new PDRectangle(100, 600, 20, 20));
            t.setContents(note);
            t.setTitlePopup("外聘顾问");
            t.setAnnotationName("nm-" + name);
            doc.getPage(0).getAnnotations().add(t);
            doc.save(out.toFile());
        }
        return out;
    }

    private static Path xfdf(String name, String ids, String annots) throws Exception {
        return Files.writeString(tmp.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\"><f href=\"a.pdf\"/>" + ids + "<annots>" + annots
                + "</annots></xfdf>", StandardCharsets.UTF_8);
    }

    @Test
    void anExportIsWrittenOnlyToAFileInAnExistingFolder() {
        assertThat(refusalOf(() -> comments.exportPdf(A, tmp, Progress.NONE))).startsWith("exchange.out.isDirectory");
        assertThat(refusalOf(() -> comments.exportPdf(A, tmp.resolve("no/such/x.pdf"), Progress.NONE)))
                .startsWith("exchange.out.noFolder");
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    private static String refusalOf(Runnable r) {
        try {
            r.run();
        } catch (BadInputException e) {
            return e.key();
        }
        return null;
    }

    @Test
    void aReturnedPdfBelongsToItsExportAndCaseOnly() throws Exception {
        assertThat(refusal(A, null, null)).startsWith("comments.noFile");
        Path plain = EvidenceFixtures.write(tmp.resolve("plain.pdf"), EvidenceFixtures.pdf("not an export"));
        assertThat(refusal(A, plain, null)).startsWith("comments.pdf.notExported").contains("plain.pdf");
        Path c = commented("c1.pdf", "落款日期缺失");
        assertThat(refusal(B, c, null)).startsWith("comments.pdf.otherCase").contains(A, B);
        // a page removed: the comments cannot be placed
        Path cut = tmp.resolve("cut.pdf");
        try (PDDocument doc = Loader.loadPDF(c.toFile())) {
            doc.removePage(doc.getNumberOfPages() - 1);
            doc.save(cut.toFile());
        }
        assertThat(refusal(A, cut, null)).startsWith("comments.pdf.pagesChanged").contains("cut.pdf");
    }

    @Test
    void anXfdfNeedsTheIdentifierOfAnExportOfThisCase() throws Exception {
        String note = "<text page=\"0\" rect=\"100,600,120,620\" name=\"x1\" title=\"外聘顾问\"><contents>意见</contents></text>";
        assertThat(refusal(A, null, xfdf("noids.xfdf", "", note))).startsWith("comments.xfdf.noIds").contains("noids.xfdf");
        assertThat(refusal(A, null, xfdf("unknown.xfdf", "<ids original=\"00ff\" modified=\"00ff\"/>", note)))
                .startsWith("comments.pdf.notExported");
        Path ofA = xfdf("ofA.xfdf", "<ids original=\"" + pdfId.toUpperCase() + "\" modified=\"00\"/>", note);
        assertThat(refusal(B, null, ofA)).startsWith("comments.pdf.otherCase").contains(A, B);
        // an XFDF given with a PDF must be that PDF's
        Path other = xfdf("other.xfdf", "<ids original=\"00ff\" modified=\"00ff\"/>", note);
        assertThat(refusal(A, exported, other)).startsWith("comments.xfdf.otherPdf").contains("other.xfdf");
    }

    @Test
    void commentsOfTheExportAreImportedOnceAndAgainChangeNothing() throws Exception {
        Path c = commented("c2.pdf", "请补充送达回证");
        CommentService.ImportResult first = comments.importComments(A, c, null,
                new CommentService.Options(org.jrw.model.Role.EXPERT, null), Progress.NONE);
        assertThat(first.added()).isEqualTo(1);
        assertThat(first.items()).singleElement().satisfies(i -> {
            assertThat(i.note()).isEqualTo("请补充送达回证");
            assertThat(i.author()).isEqualTo("外聘顾问");
        });
        String after = state(A);
        CommentService.ImportResult again = comments.importComments(A, c, null, null, Progress.NONE);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(state(A)).isEqualTo(after);
        // the same comment as XFDF with the PDF's identifier: the same annotation, nothing new
        Path x = xfdf("same.xfdf", "<ids original=\"" + pdfId + "\" modified=\"00\"/>",
                "<text page=\"0\" rect=\"100,600,120,620\" name=\"nm-c2.pdf\" title=\"外聘顾问\"><contents>请补充送达回证</contents></text>"
                        + "<fileattachment page=\"0\" rect=\"1,1,2,2\"/>");
        CommentService.ImportResult viaXfdf = comments.importComments(A, exported, x, null, Progress.NONE);
        assertThat(viaXfdf.written()).isZero();
        assertThat(viaXfdf.skipped()).containsEntry("unsupported", 1);
    }

    @Test
    void blankIdsAreNoIdsButAnXfdfWithoutIdsGivenWithItsPdfIsRead() throws Exception {
        String note = "<text page=\"0\" rect=\"100,600,120,620\" name=\"nm-x3\" title=\"外聘顾问\"><contents>随PDF的意见</contents></text>";
        assertThat(refusal(A, null, xfdf("blank.xfdf", "<ids original=\"  \" modified=\"\"/>", note)))
                .startsWith("comments.xfdf.noIds");
        CommentService.ImportResult r = comments.importComments(A, exported, xfdf("withpdf.xfdf", "", note), null,
                Progress.NONE);
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.items()).extracting(CommentService.Item::note).containsExactly("随PDF的意见");
    }
}
