package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jrw.codec.Json;
import org.jrw.logic.exchange.PageGeometry;
import org.jrw.model.Annotation;
import org.jrw.persistence.Vault;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF-comment round trip for advisers without the workbench: the case exported as one PDF
 * with its annotations as PDF comments; comments added to it by a "foreign reader" (PDFBox
 * writing what Acrobat writes: no /NM, an /IRT reply, a highlight by /QuadPoints, a note on a
 * rotated and cropped page, on an image, on a placeholder page) imported back onto the right
 * document, page and rectangle with author and role; a second import adds nothing; XFDF import;
 * XXE, foreign, damaged and altered files refused with nothing written.
 */
class CommentPdfCommandsTest {
    static final String CASE = "西应急罚〔2024〕88号";
    static final String OTHER = "西应急罚〔2024〕89号";

    @TempDir
    Path tmp;
    Path ws;

    private CliRunner.Run cli(String... args) {
        List<String> a = new ArrayList<>(List.of("--workspace", ws.toString()));
        a.addAll(List.of(args));
        return CliRunner.run(a.toArray(String[]::new));
    }

    private static JsonNode ok(CliRunner.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return Json.parse(r.out());
    }

    @AfterEach
    void clearActor() {
        System.clearProperty("jrw.user");
        System.clearProperty("jrw.role");
    }

    /** A one-page inspection record shown rotated by 90° with a crop box off the media box's origin. */
    static byte[] rotatedPdf() throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            p.setCropBox(new PDRectangle(20, 30, 555, 782));
            p.setRotation(90);
            d.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText("Inspection record, landscape");
                cs.endText();
            }
            d.save(out);
            return out.toByteArray();
        }
    }

    static Path casePackage(Path dir, String caseNumber) throws IOException {
        TestPackages.Pkg p = EvidenceFixtures.pkg(caseNumber);
        byte[] pdf = rotatedPdf();
        ObjectNode d2 = ((ArrayNode) p.manifest.get("documents")).addObject();
        d2.put("id", "d2");
        d2.put("type", "INSPECTION_RECORD");
        d2.put("title", "现场检查记录");
        d2.put("date", "2024-03-02");
        d2.put("file", "files/02-检查记录.pdf");
        d2.put("sha256", Vault.hash(pdf));
        p.files.put("files/02-检查记录.pdf", pdf);
        return p.writeZip(dir.resolve(caseNumber.hashCode() + ".jrcase"));
    }

    String hostNote;
    String hostReply;

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("host");
        System.setProperty("jrw.user", "王建国");
        System.setProperty("jrw.role", "OFFICER");
        ok(cli("case", "import", casePackage(tmp, CASE).toString(), "--json"));
        hostNote = ok(cli("annotation", "add", CASE, "--target", "d1", "--author", "王建国", "--role", "OFFICER",
                "--note", "检查时间与询问笔录不一致", "--kind", "QUESTION", "--page", "1", "--rect", "72,90,200,40",
                "--json")).get("annotationId").asText();
        ok(cli("annotation", "add", CASE, "--target", "d2", "--author", "赵工", "--role", "EXPERT", "--note",
                "横向页面上的检查结论", "--kind", "FINDING", "--page", "1", "--rect", "100,150,200,80", "--json"));
        ok(cli("annotation", "add", CASE, "--target", "e1", "--author", "王建国", "--role", "OFFICER", "--note",
                "照片局部", "--rect", "100,75,200,150", "--json"));
        ok(cli("annotation", "add", CASE, "--target", "e2", "--author", "赵工", "--role", "EXPERT", "--note",
                "此处有设备噪声", "--time", "1,2", "--json"));
        try (var w = org.jrw.persistence.Workspace.open(ws)) {
            hostReply = new org.jrw.logic.evidence.AnnotationService(w).reply(hostNote, "已核实，询问笔录记错", "王建国",
                    org.jrw.model.Role.OFFICER, null).id();
        }
    }

    private JsonNode exportPdf(String caseRef, Path out) throws Exception {
        return ok(cli("package", "export-pdf", caseRef, "--out", out.toString(), "--json"));
    }

    private static Map<String, PDAnnotation> byName(PDDocument d) throws IOException {
        Map<String, PDAnnotation> m = new java.util.HashMap<>();
        for (PDPage p : d.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if (a.getAnnotationName() != null) {
                    m.put(a.getAnnotationName(), a);
                }
            }
        }
        return m;
    }

    @Test
    void exportedPdfHoldsEveryItemInFilingOrderWithBookmarksAndTheAnnotationsAsComments() throws Exception {
        Path pdf = tmp.resolve("dossier.pdf");
        JsonNode r = exportPdf(CASE, pdf);
        // d2 (检查记录, rotated) · d1 (立案审批表, 2 pages) · e1 (image) · e2 (audio: placeholder) · d7 (unreadable: placeholder)
        assertThat(r.get("pages").asInt()).isEqualTo(6);
        assertThat(r.get("items").asInt()).isEqualTo(5);
        assertThat(r.get("annotations").asInt()).isEqualTo(4);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(6);
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem it : d.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(it.getTitle());
            }
            assertThat(marks).hasSize(5);
            assertThat(marks.get(0)).contains("现场检查记录", "d2");
            assertThat(marks.get(1)).contains("立案审批表", "d1");
            assertThat(marks.get(2)).contains("e1");
            assertThat(marks.get(3)).contains("e2");
            assertThat(marks.get(4)).contains("d7");
            assertThat(d.getPage(0).getRotation()).isEqualTo(90);
            assertThat(d.getDocumentInformation().getCustomMetadataValue("JRW.ExportId"))
                    .isEqualTo(r.get("exportId").asText());
            assertThat(d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey("jrw-comment-map.json");

            Map<String, PDAnnotation> named = byName(d);
            PDAnnotation note = named.get(hostNote);
            assertThat(note).isInstanceOf(PDAnnotationSquare.class);
            PDAnnotationMarkup m = (PDAnnotationMarkup) note;
            assertThat(m.getTitlePopup()).isEqualTo("王建国");
            assertThat(m.getSubject()).isEqualTo("疑点");
            assertThat(m.getContents()).isEqualTo("检查时间与询问笔录不一致");
            assertThat(m.getCOSObject().getNameAsString(COSName.getPDFName("JRW.Role"))).isEqualTo("OFFICER");
            assertThat(d.getPage(1).getAnnotations()).contains(note); // d1 page 1 is the PDF's second page
            // 72,90,200,40 from the top-left of an unrotated A4 page (842 pt high)
            PDRectangle rect = inner((PDAnnotationSquare) note);
            assertThat((double) rect.getLowerLeftX()).isCloseTo(72, within(0.01));
            assertThat((double) rect.getUpperRightY()).isCloseTo(PDRectangle.A4.getHeight() - 90, within(0.01));
            assertThat((double) rect.getWidth()).isCloseTo(200, within(0.01));
            assertThat((double) rect.getHeight()).isCloseTo(40, within(0.01));
            PDAnnotationMarkup reply = (PDAnnotationMarkup) named.get(hostReply);
            assertThat(reply).isInstanceOf(PDAnnotationText.class);
            assertThat(reply.getInReplyTo().getAnnotationName()).isEqualTo(hostNote);
            // on the rotated, cropped page: the displayed rectangle converts with rotation and crop box
            PDAnnotation rotated = d.getPage(0).getAnnotations().get(0);
            PageGeometry g = new PageGeometry(20, 30, 575, 812, 90);
            PDRectangle rr = inner((PDAnnotationSquare) rotated);
            Annotation.Rect shown = g.toDisplayed(rr.getLowerLeftX(), rr.getLowerLeftY(), rr.getUpperRightX(),
                    rr.getUpperRightY());
            assertThat(shown.x()).isCloseTo(100, within(0.01));
            assertThat(shown.y()).isCloseTo(150, within(0.01));
            assertThat(shown.w()).isCloseTo(200, within(0.01));
            assertThat(shown.h()).isCloseTo(80, within(0.01));
            // the media annotation as a note on e2's placeholder page
            assertThat(d.getPage(4).getAnnotations()).anySatisfy(a -> assertThat(a.getContents()).isEqualTo("此处有设备噪声"));
        }
    }

    /** A square's drawn rectangle: /Rect less the /RD border padding. */
    private static PDRectangle inner(PDAnnotationSquare s) {
        PDRectangle r = s.getRectangle();
        float[] rd = s.getRectDifferences();
        if (rd.length != 4) {
            return r;
        }
        return new PDRectangle(r.getLowerLeftX() + rd[0], r.getLowerLeftY() + rd[3], r.getWidth() - rd[0] - rd[2],
                r.getHeight() - rd[1] - rd[3]);
    }

    /** What a reviewer's reader adds: comments without /NM, a reply by /IRT, a highlight by /QuadPoints. */
    private Path comment(Path in, Path out) throws IOException {
        try (PDDocument d = Loader.loadPDF(in.toFile())) {
            Map<String, PDAnnotation> named = byName(d);
            Calendar when = Calendar.getInstance();
            // page 2 of the PDF = d1 page 1 (unrotated A4): a box at 100,200,150,50 from the top-left
            PDPage d1p1 = d.getPage(1);
            PDAnnotationSquare box = new PDAnnotationSquare();
            box.setRectangle(new PDRectangle(100, 842 - 250, 150, 50));
            box.setContents("签名日期缺失");
            box.setTitlePopup("李律师");
            box.setCreationDate(when);
            box.setPage(d1p1);
            // a reply to the workbench's own comment, and a reply to the reviewer's own box
            PDAnnotationText toHost = new PDAnnotationText();
            toHost.setRectangle(named.get(hostNote).getRectangle());
            toHost.setContents("同意，需补正");
            toHost.setTitlePopup("李律师");
            toHost.setInReplyTo(named.get(hostNote));
            toHost.setReplyType("R");
            PDAnnotationText toOwn = new PDAnnotationText();
            toOwn.setRectangle(new PDRectangle(100, 842 - 220, 20, 20));
            toOwn.setContents("见询问笔录第2页");
            toOwn.setTitlePopup("李律师");
            toOwn.setInReplyTo(box);
            List<PDAnnotation> l1 = new ArrayList<>(d1p1.getAnnotations());
            l1.addAll(List.of(box, toHost, toOwn));
            d1p1.setAnnotations(l1);
            // page 3 = d1 page 2: a highlight over two lines, given by QuadPoints only (Rect is their union)
            PDPage d1p2 = d.getPage(2);
            PDAnnotationHighlight hl = new PDAnnotationHighlight();
            hl.setQuadPoints(new float[] {72, 770, 300, 770, 72, 755, 300, 755, 72, 750, 250, 750, 72, 735, 250, 735});
            hl.setRectangle(new PDRectangle(72, 735, 228, 35));
            hl.setContents("这两行应核对");
            hl.setTitlePopup("李律师");
            hl.setSubject("瑕疵");
            d1p2.setAnnotations(List.of(hl));
            // page 1 = d2 (rotated 90°, crop box offset): a box the reader drew in user space
            PageGeometry g = new PageGeometry(20, 30, 575, 812, 90);
            double[] u = g.toUser(new Annotation.Rect(300, 200, 120, 60));
            PDAnnotationSquare rot = new PDAnnotationSquare();
            rot.setRectangle(new PDRectangle((float) u[0], (float) u[1], (float) (u[2] - u[0]), (float) (u[3] - u[1])));
            rot.setContents("横向页面上的意见");
            rot.setTitlePopup("李律师");
            // the reviewer edits the text of one of the exported comments in place
            d.getPage(0).getAnnotations().get(0).setContents("横向页面上的检查结论（顾问：结论依据不足）");
            List<PDAnnotation> l0 = new ArrayList<>(d.getPage(0).getAnnotations());
            l0.add(rot);
            d.getPage(0).setAnnotations(l0);
            // page 4 = e1 (a 400 × 300 image placed on a landscape page): a box over its central quarter
            PDPage img = d.getPage(3);
            PDAnnotationSquare onImage = new PDAnnotationSquare();
            onImage.setRectangle(imageBox(d, 3, new Annotation.Rect(100, 75, 200, 150)));
            onImage.setContents("图片中部看不清");
            onImage.setTitlePopup("李律师");
            List<PDAnnotation> l3 = new ArrayList<>(img.getAnnotations());
            l3.add(onImage);
            img.setAnnotations(l3);
            // page 5 = e2's placeholder: a sticky note
            PDAnnotationText onAudio = new PDAnnotationText();
            onAudio.setRectangle(new PDRectangle(300, 300, 20, 20));
            onAudio.setContents("录音需附文字稿");
            onAudio.setTitlePopup("李律师");
            List<PDAnnotation> l4 = new ArrayList<>(d.getPage(4).getAnnotations());
            l4.add(onAudio);
            d.getPage(4).setAnnotations(l4);
            d.save(out.toFile());
        }
        return out;
    }

    /** Where a pixel rectangle of the image on page {@code index} lies, from the embedded map. */
    private static PDRectangle imageBox(PDDocument d, int index, Annotation.Rect px) throws IOException {
        byte[] json = d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("jrw-comment-map.json")
                .getEmbeddedFile().toByteArray();
        JsonNode page = Json.parse(json).get("pages").get(index);
        double x = page.get("image").get(0).asDouble();
        double y = page.get("image").get(1).asDouble();
        double w = page.get("image").get(2).asDouble();
        double h = page.get("image").get(3).asDouble();
        double s = w / page.get("pixels").get(0).asDouble();
        return new PDRectangle((float) (x + px.x() * s), (float) (y + h - (px.y() + px.h()) * s), (float) (px.w() * s),
                (float) (px.h() * s));
    }

    private static JsonNode find(JsonNode list, String note) {
        for (JsonNode a : list) {
            if (a.get("note").asText().equals(note)) {
                return a;
            }
        }
        throw new AssertionError("no annotation " + note + " in " + list);
    }

    private static void rect(JsonNode a, double x, double y, double w, double h) {
        JsonNode r = a.get("rect");
        assertThat(r.get(0).asDouble()).isCloseTo(x, within(1.0));
        assertThat(r.get(1).asDouble()).isCloseTo(y, within(1.0));
        assertThat(r.get(2).asDouble()).isCloseTo(w, within(1.0));
        assertThat(r.get(3).asDouble()).isCloseTo(h, within(1.0));
    }

    @Test
    void commentsAddedInAForeignReaderComeBackOnTheRightPlaceOnceOnly() throws Exception {
        Path pdf = exportPdf(CASE, tmp.resolve("dossier.pdf")).get("file").isNull() ? null : tmp.resolve("dossier.pdf");
        Path reviewed = comment(pdf, tmp.resolve("dossier-reviewed.pdf"));
        int before = ok(cli("annotation", "list", CASE, "--json")).get("annotations").size();

        JsonNode r = ok(cli("package", "import-comments", CASE, reviewed.toString(), "--json"));
        assertThat(r.get("added").asInt()).as(r.toString()).isEqualTo(5);
        assertThat(r.get("replies").asInt()).isEqualTo(3);
        assertThat(r.get("skipped").get("exported").asInt()).isEqualTo(4); // the export's own comments, unchanged
        JsonNode list = ok(cli("annotation", "list", CASE, "--json")).get("annotations");
        assertThat(list).hasSize(before + 5); // replies are not listed

        JsonNode box = find(list, "签名日期缺失");
        assertThat(box.get("target").asText()).isEqualTo("d1");
        assertThat(box.get("page").asInt()).isEqualTo(1);
        assertThat(box.get("author").asText()).isEqualTo("李律师");
        assertThat(box.get("role").asText()).isEqualTo("LEGAL_ADVISER");
        rect(box, 100, 200, 150, 50);

        JsonNode hl = find(list, "这两行应核对");
        assertThat(hl.get("target").asText()).isEqualTo("d1");
        assertThat(hl.get("page").asInt()).isEqualTo(2);
        assertThat(hl.get("kind").asText()).isEqualTo("DEFECT");
        rect(hl, 72, 842 - 770, 228, 15);

        JsonNode rot = find(list, "横向页面上的意见");
        assertThat(rot.get("target").asText()).isEqualTo("d2");
        assertThat(rot.get("page").asInt()).isEqualTo(1);
        rect(rot, 300, 200, 120, 60);

        JsonNode img = find(list, "图片中部看不清");
        assertThat(img.get("target").asText()).isEqualTo("e1");
        rect(img, 100, 75, 200, 150);

        JsonNode audio = find(list, "录音需附文字稿");
        assertThat(audio.get("target").asText()).isEqualTo("e2");
        assertThat(audio.get("rect").isNull()).isTrue();

        // the replies are threaded: one under the workbench's comment, one under the reviewer's box
        try (var w = org.jrw.persistence.Workspace.open(ws)) {
            List<Annotation> all = new org.jrw.logic.evidence.AnnotationService(w).list(CASE);
            Annotation toHost = all.stream().filter(a -> a.note().equals("同意，需补正")).findFirst().orElseThrow();
            assertThat(toHost.parentId()).isEqualTo(hostNote);
            assertThat(toHost.author()).isEqualTo("李律师");
            Annotation toOwn = all.stream().filter(a -> a.note().equals("见询问笔录第2页")).findFirst().orElseThrow();
            assertThat(toOwn.parentId()).isEqualTo(box.get("id").asText());
            Annotation edited = all.stream().filter(a -> a.note().contains("结论依据不足")).findFirst().orElseThrow();
            assertThat(edited.note()).startsWith("（在 PDF 中改为）");
            assertThat(edited.parentId()).isNotNull();
            assertThat(all.stream().filter(a -> a.id().equals(edited.parentId())).findFirst().orElseThrow().note())
                    .isEqualTo("横向页面上的检查结论");
            Annotation highlight = all.stream().filter(a -> a.note().equals("这两行应核对")).findFirst().orElseThrow();
            assertThat(highlight.rects()).hasSize(2);
            assertThat(highlight.rects().get(1).y()).isCloseTo(842 - 750, within(1.0));
            assertThat(highlight.rects().get(1).w()).isCloseTo(178, within(1.0));
        }

        // again: nothing added, nothing written
        Map<String, String> snap = TestPackages.snapshot(ws);
        JsonNode again = ok(cli("package", "import-comments", CASE, reviewed.toString(), "--json"));
        assertThat(again.get("annotations").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(8);
        assertThat(TestPackages.snapshot(ws)).isEqualTo(snap);
        assertThat(ok(cli("audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
        assertThat(ok(cli("audit", "list", "--case", CASE, "--json")).toString()).contains("exchange.comments.import");
    }

    @Test
    void xfdfCommentsAreImportedByThePdfIdentifier() throws Exception {
        Path pdf = tmp.resolve("dossier.pdf");
        exportPdf(CASE, pdf);
        String id;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            id = HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString) d.getDocument().getDocumentID().get(0))
                    .getBytes());
        }
        String xfdf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve">
                  <f href="dossier.pdf"/>
                  <ids original="%s" modified="%s"/>
                  <annots>
                    <square page="1" rect="100,592,250,642" title="孙律师" name="b3c1e2a0-1111-4c3e-9f00-000000000001"
                            subject="补正要求" creationdate="D:20241120093000+08'00'" color="#FF0000">
                      <contents>落款缺少日期</contents>
                    </square>
                    <text page="1" rect="100,622,120,642" title="孙律师" name="b3c1e2a0-1111-4c3e-9f00-000000000002"
                          inreplyto="b3c1e2a0-1111-4c3e-9f00-000000000001"><contents>请补正后重新送达</contents></text>
                    <strikeout page="2" rect="72,735,300,770" title="孙律师" name="b3c1e2a0-1111-4c3e-9f00-000000000003"
                               coords="72,770,300,770,72,755,300,755"><contents>删除此句</contents></strikeout>
                    <popup page="1" rect="300,600,400,700"/>
                  </annots>
                </xfdf>
                """.formatted(id, id);
        Path f = Files.writeString(tmp.resolve("comments.xfdf"), xfdf);
        JsonNode r = ok(cli("package", "import-comments", CASE, "--xfdf", f.toString(), "--role", "EXPERT", "--json"));
        assertThat(r.get("added").asInt()).isEqualTo(2);
        assertThat(r.get("replies").asInt()).isEqualTo(1);
        JsonNode list = ok(cli("annotation", "list", CASE, "--json")).get("annotations");
        JsonNode sq = find(list, "落款缺少日期");
        assertThat(sq.get("target").asText()).isEqualTo("d1");
        assertThat(sq.get("author").asText()).isEqualTo("孙律师");
        assertThat(sq.get("role").asText()).isEqualTo("EXPERT");
        assertThat(sq.get("kind").asText()).isEqualTo("CORRECTION");
        rect(sq, 100, 200, 150, 50);
        JsonNode so = find(list, "删除此句");
        assertThat(so.get("page").asInt()).isEqualTo(2);
        rect(so, 72, 72, 228, 15);
        assertThat(ok(cli("package", "import-comments", CASE, "--xfdf", f.toString(), "--json")).get("annotations")
                .asInt()).isZero();
    }

    private void refused(String message, String... args) throws IOException {
        Map<String, String> before = TestPackages.snapshot(ws);
        CliRunner.Run r = cli(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        assertThat(TestPackages.snapshot(ws)).as("workspace unchanged").isEqualTo(before);
    }

    @Test
    void xxeForeignDamagedAndAlteredFilesAreRefusedWithNothingWritten() throws Exception {
        Path pdf = tmp.resolve("dossier.pdf");
        exportPdf(CASE, pdf);
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path xxe = Files.writeString(tmp.resolve("xxe.xfdf"), """
                <?xml version="1.0"?>
                <!DOCTYPE xfdf [<!ENTITY x SYSTEM "%s">]>
                <xfdf xmlns="http://ns.adobe.com/xfdf/"><annots>
                <text page="0" rect="1,1,20,20" title="x" name="n1"><contents>&x;</contents></text>
                </annots></xfdf>
                """.formatted(secret.toUri()));
        refused("xxe.xfdf", "package", "import-comments", CASE, "--xfdf", xxe.toString());
        refused("DOCTYPE", "package", "import-comments", CASE, "--xfdf", xxe.toString());
        Path billion = Files.writeString(tmp.resolve("lol.xfdf"), """
                <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <xfdf xmlns="http://ns.adobe.com/xfdf/"><annots/></xfdf>""");
        refused("lol.xfdf", "package", "import-comments", CASE, "--xfdf", billion.toString());
        refused("broken.xfdf", "package", "import-comments", CASE, "--xfdf",
                Files.writeString(tmp.resolve("broken.xfdf"), "<xfdf><annots>").toString());

        // a PDF exported from another case of the workspace
        ok(cli("case", "import", casePackage(tmp, OTHER).toString(), "--json"));
        Path other = tmp.resolve("other.pdf");
        exportPdf(OTHER, other);
        refused("other.pdf", "package", "import-comments", CASE, other.toString());
        refused(OTHER, "package", "import-comments", CASE, other.toString());
        // a PDF the workbench never exported
        Path plain = Files.write(tmp.resolve("plain.pdf"), EvidenceFixtures.pdf("just a PDF"));
        refused("plain.pdf", "package", "import-comments", CASE, plain.toString());
        // damaged: truncated and garbage
        byte[] bytes = Files.readAllBytes(pdf);
        refused("trunc.pdf", "package", "import-comments", CASE,
                Files.write(tmp.resolve("trunc.pdf"), java.util.Arrays.copyOf(bytes, 400)).toString());
        refused("junk.pdf", "package", "import-comments", CASE,
                Files.write(tmp.resolve("junk.pdf"), "not a pdf at all".getBytes(StandardCharsets.UTF_8)).toString());
        // pages inserted after the export
        Path extra = tmp.resolve("extra.pdf");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            d.addPage(new PDPage(PDRectangle.A4));
            d.save(extra.toFile());
        }
        refused("extra.pdf", "package", "import-comments", CASE, extra.toString());
        // no file at all
        assertThat(cli("package", "import-comments", CASE).code()).isEqualTo(2);
    }
}
