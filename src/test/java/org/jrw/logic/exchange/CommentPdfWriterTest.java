package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.evidence.EvidenceItem;
import org.jrw.logic.task.Progress;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comment PDF (ADR 0050) for files as they come: a PDF that cannot be read, a picture that is no
 * picture, a file missing from the vault each become a placeholder page; a JPEG goes in as a picture
 * page; a source PDF's own comments are named and listed so an import skips them; and the
 * annotations come out as squares, highlights or notes the reader shows, each with its {@code /NM}.
 */
class CommentPdfWriterTest {
    static final String CASE = "西应急罚〔2024〕93号";
    static final String T = "2030-01-01T00:00:00.000Z";

    @TempDir
    static Path shared;
    static Dossier d;
    static String d1;
    static String e1;
    static String e2;

    @TempDir
    Path tmp;

    @BeforeAll
    static void importCase() throws Exception {
        Path dir = shared.resolve("ws");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(shared.resolve("in.jrcase"));
        assertThat(CliRunner.run("--workspace", dir.toString(), "case", "import", pkg.toString()).code()).isZero();
        try (Workspace w = Workspace.open(dir)) {
            d = new DossierService(w).load(CASE);
        }
        d1 = EvidenceItem.find(d, "d1").orElseThrow().sha256();
        e1 = EvidenceItem.find(d, "e1").orElseThrow().sha256();
        e2 = EvidenceItem.find(d, "e2").orElseThrow().sha256();
    }

    private CommentPdfWriter.Written write(Map<String, Path> files, List<Annotation> annotations, Path out)
            throws Exception {
        return new CommentPdfWriter(d, annotations, files::get).write(out, "px-test", new byte[16], T, Progress.NONE);
    }

    private static List<CommentMap.PageRef> pagesOf(CommentMap map, String target) {
        return map.pages().stream().filter(p -> p.target().equals(target)).toList();
    }

    private Annotation ann(String id, String parent, String target, Integer page, List<Annotation.Rect> rects,
                           Annotation.Status status) {
        var item = EvidenceItem.find(d, target).orElseThrow();
        return new Annotation(id, d.caseId(), parent, target, item.type(), item.sha256(), page, rects, null, null,
                null, null, AnnotationKind.DEFECT, "意见 " + id, "李律师", Role.LEGAL_ADVISER, null, status, T, T);
    }

    @Test
    void unreadableAndMissingFilesBecomePlaceholdersWithTheirAnnotationsListed() throws Exception {
        Map<String, Path> files = new HashMap<>();
        files.put(d1, Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.7\nnot really a PDF"));
        files.put(e1, Files.writeString(tmp.resolve("not-a-picture.png"), "just text"));
        // e2 (the recording) is not in the vault at all
        List<Annotation> annotations = List.of(ann("a-1", null, "d1", 1, List.of(new Annotation.Rect(72, 90, 200, 40)),
                Annotation.Status.OPEN), ann("a-1r", "a-1", "d1", null, List.of(), Annotation.Status.OPEN));
        Path out = tmp.resolve("out.pdf");
        CommentPdfWriter.Written w = write(files, annotations, out);
        for (String t : List.of("d1", "e1", "e2")) {
            assertThat(pagesOf(w.map(), t)).as(t).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(CommentMap.Kind.PLACEHOLDER));
        }
        assertThat(w.annotations()).isEqualTo(1);
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("意见 a-1");
        // the annotation on the placeholder is a note there, with its /NM
        PdfCommentReader.Read back = PdfCommentReader.read(out);
        assertThat(back.exportId()).isEqualTo("px-test");
        assertThat(back.comments()).extracting(ForeignComment::key).contains(w.map().exported().keySet().toArray(String[]::new));
    }

    @Test
    void aJpegIsAPicturePageAndRegionsOnItComeBack() throws Exception {
        Path jpg = tmp.resolve("e1.jpg");
        BufferedImage portrait = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        assertThat(ImageIO.write(portrait, "jpg", jpg.toFile())).isTrue();
        Map<String, Path> files = new HashMap<>();
        files.put(e1, jpg);
        List<Annotation> annotations = List.of(
                ann("a-sq", null, "e1", null, List.of(new Annotation.Rect(10, 10, 100, 50)), Annotation.Status.RESOLVED),
                ann("a-hl", null, "e1", null, List.of(new Annotation.Rect(10, 100, 100, 20),
                        new Annotation.Rect(10, 130, 80, 20)), Annotation.Status.OPEN),
                ann("a-note", null, "e1", null, List.of(), Annotation.Status.OPEN));
        Path out = tmp.resolve("jpg.pdf");
        CommentPdfWriter.Written w = write(files, annotations, out);
        CommentMap.PageRef page = pagesOf(w.map(), "e1").get(0);
        assertThat(page.kind()).isEqualTo(CommentMap.Kind.IMAGE);
        assertThat(page.pixels()).containsExactly(300, 400);
        Map<String, String> subtypes = new HashMap<>();
        for (ForeignComment c : PdfCommentReader.read(out).comments()) {
            subtypes.put(c.key(), c.subtype());
        }
        Map<String, String> byId = new HashMap<>();
        w.map().exported().forEach((k, v) -> byId.put(v.id(), subtypes.get(k)));
        assertThat(byId).containsEntry("a-sq", "Square").containsEntry("a-hl", "Highlight").containsEntry("a-note", "Text");
    }

    @Test
    void aSourcePdfsOwnCommentsAreNamedAndListedAsTheSources() throws Exception {
        Path src = tmp.resolve("src.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDAnnotationText named = new PDAnnotationText();
            named.setRectangle(new PDRectangle(50, 700, 20, 20));
            named.setAnnotationName("the-authors-own");
            PDAnnotationText unnamed = new PDAnnotationText();
            unnamed.setRectangle(new PDRectangle(80, 700, 20, 20));
            p.getAnnotations().add(named);
            p.getAnnotations().add(unnamed);
            doc.save(src.toFile());
        }
        Map<String, Path> files = new HashMap<>();
        files.put(d1, src);
        CommentPdfWriter.Written w = write(files, List.of(), tmp.resolve("src-out.pdf"));
        assertThat(w.map().source()).hasSize(2).contains("the-authors-own")
                .anySatisfy(n -> assertThat(n).startsWith("jrw-src-px-test-"));
        assertThat(pagesOf(w.map(), "d1")).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(CommentMap.Kind.PDF));
    }

    @Test
    void aCaseWithoutItemsIsOnePageNamingTheCase() throws Exception {
        Dossier empty = new Dossier(d.caseId(), d.formatVersion(), d.caseInfo(), d.parties(), d.officers(),
                d.violations(), List.of(), List.of(), d.extra());
        Path out = tmp.resolve("empty.pdf");
        CommentPdfWriter.Written w = new CommentPdfWriter(empty, new ArrayList<>(), s -> null)
                .write(out, "px-empty", new byte[16], T, Progress.NONE);
        assertThat(w.pages()).isEqualTo(1);
        assertThat(w.map().pages()).isEmpty();
        assertThat(PdfCommentReader.read(out).pageCount()).isEqualTo(1);
    }

    @Test
    void aPlaceholderListsTimeAndTextRangesOfItsAnnotations() throws Exception {
        var rec = EvidenceItem.find(d, "e2").orElseThrow();
        var doc = EvidenceItem.find(d, "d1").orElseThrow();
        String longNote = "执法记录仪音频中当事人陈述与笔录不一致，".repeat(12) + "\u0007😀结束";
        List<Annotation> annotations = List.of(
                new Annotation("a-t", d.caseId(), null, "e2", rec.type(), rec.sha256(), null, List.of(), null, null, 1.0,
                        2.5, AnnotationKind.QUESTION, longNote, "赵工", Role.EXPERT, null, Annotation.Status.OPEN, T, T),
                new Annotation("a-x", d.caseId(), null, "d1", doc.type(), doc.sha256(), null, List.of(), 3, 9, null,
                        null, AnnotationKind.CORRECTION, "文字范围的意见", "王建国", Role.OFFICER, null,
                        Annotation.Status.RESOLVED, T, T));
        Path out = tmp.resolve("ph.pdf");
        CommentPdfWriter.Written w = write(new HashMap<>(), annotations, out);
        assertThat(w.annotations()).isEqualTo(2);
        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        assertThat(text).contains(org.jrw.i18n.Messages.get("comments.pdf.textRange", 3, 9).replaceAll("\\s+", ""))
                .contains("文字范围的意见").contains("00:00:01–00:00:03").contains("结束");
        assertThat(PdfCommentReader.read(out).comments()).hasSize(2);
    }

    @Test
    void aSourcePdfsNamedDestinationsSurviveAndABlankNameIsReplaced() throws Exception {
        Path src = tmp.resolve("dests.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDAnnotationText blank = new PDAnnotationText();
            blank.setRectangle(new PDRectangle(50, 700, 20, 20));
            blank.setAnnotationName("  ");
            p.getAnnotations().add(blank);
            var dest = new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            dest.setPage(p);
            var dests = new org.apache.pdfbox.pdmodel.PDDocumentNameDestinationDictionary(
                    new org.apache.pdfbox.cos.COSDictionary());
            dests.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("第一节"), dest);
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
            var tree = new org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode();
            tree.setNames(Map.of("sec-1", dest));
            names.setDests(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(src.toFile());
        }
        Map<String, Path> files = new HashMap<>();
        files.put(d1, src);
        Path out = tmp.resolve("dests-out.pdf");
        CommentPdfWriter.Written w = write(files, List.of(), out);
        assertThat(w.map().source()).singleElement().satisfies(n -> assertThat(n).startsWith("jrw-src-px-test-"));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var names = doc.getDocumentCatalog().getNames();
            assertThat(names.getDests()).as("the merged document's named destinations").isNotNull();
            assertThat(names.getDests().getValue("sec-1")).isNotNull();
            assertThat(names.getEmbeddedFiles().getNames()).containsKey(CommentMap.FILE_NAME);
        }
    }

    @Test
    void aPictureThatIsNotAJpegIsDrawnLosslessAndABrokenOneIsAPlaceholder() throws Exception {
        Path png = tmp.resolve("e1.png");
        assertThat(ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile())).isTrue();
        Map<String, Path> files = new HashMap<>();
        files.put(e1, png);
        CommentPdfWriter.Written w = write(files, List.of(), tmp.resolve("png.pdf"));
        assertThat(pagesOf(w.map(), "e1")).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(CommentMap.Kind.IMAGE);
            assertThat(p.pixels()).containsExactly(400, 300);
        });
        // a JPEG's first two bytes but no more, and a JPEG start followed by something else
        for (byte[] b : new byte[][] {{(byte) 0xFF, (byte) 0xD8}, {(byte) 0xFF, (byte) 0xD8, 0, 1, 2, 3},
                {(byte) 0xFF, 0, (byte) 0xFF, 1}}) {
            files.put(e1, Files.write(tmp.resolve("broken.img"), b));
            CommentPdfWriter.Written broken = write(files, List.of(), tmp.resolve("broken.pdf"));
            assertThat(pagesOf(broken.map(), "e1")).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(CommentMap.Kind.PLACEHOLDER));
        }
    }
}
