package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.codec.Json;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.testing.CliRunner;
import org.jrw.testing.PanelFixture;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The joint review end to end: panel, views, opinion PDF/A, three signatures, verification, tampering. */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class OpinionCommandsTest {
    static final String CASE = "西应急罚〔2024〕99号";

    @TempDir
    Path tmp;
    Path ws;
    Path pw;

    private CliRunner.Run cli(String... args) {
        return CliRunner.in(ws, args);
    }

    private static JsonNode json(CliRunner.Run r) {
        return CliRunner.ok(r);
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("ws");
        pw = PanelFixture.panelOfThree(tmp, ws, CASE);
    }

    private void completeReview() {
        for (String m : List.of("王建国", "李律师", "赵工")) {
            assertThat(cli("review", "view", CASE, "--member", m, "--point", "ALL", "--view", "同意").code()).isZero();
        }
        assertThat(cli("review", "view", CASE, "--member", "赵工", "--point", "DISCRETION", "--view", "有异议",
                "--text", "建议按基准A档下限处罚").code()).isZero();
        assertThat(cli("review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元",
                "--statutory-range", "十万元以下", "--mitigating", "主动消除危害后果").code()).isZero();
    }

    private Path sign(Path pdf, String p12, String role, int expected) throws Exception {
        JsonNode r = json(CliRunner.run("sign", pdf.toString(), "--keystore", tmp.resolve(p12).toString(),
                "--password-file", pw.toString(), "--role", role, "--out", pdf.toString(), "--json"));
        assertThat(r.get("signatures").asInt()).isEqualTo(expected);
        return pdf;
    }

    private Path renderedAndSigned() throws Exception {
        completeReview();
        Path pdf = tmp.resolve("opinion.pdf");
        JsonNode r = json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        assertThat(r.get("file").asText()).isEqualTo(pdf.toString());
        assertThat(r.get("pages").asInt()).isPositive();
        sign(pdf, "wang.p12", "OFFICER", 1);
        sign(pdf, "li.p12", "LEGAL_ADVISER", 2);
        sign(pdf, "zhao.p12", "EXPERT", 3);
        return pdf;
    }

    @Test
    void renderSignThreeTimesVerifyAllValid() throws Exception {
        Path pdf = renderedAndSigned();
        JsonNode v = json(CliRunner.run("verify", pdf.toString(), "--json"));
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("complete").asBoolean()).isTrue();
        JsonNode sigs = v.get("signatures");
        assertThat(sigs).hasSize(3);
        List<String> roles = new ArrayList<>();
        for (JsonNode s : sigs) {
            assertThat(s.get("valid").asBoolean()).isTrue();
            assertThat(s.get("signedAt").asText()).isNotBlank();
            roles.add(s.get("role").asText());
        }
        assertThat(roles).containsExactly("OFFICER", "LEGAL_ADVISER", "EXPERT");
        assertThat(sigs.get(0).get("signer").asText()).isEqualTo("王建国");
        assertThat(sigs.get(0).get("coversWholeDocument").asBoolean()).isFalse();
        assertThat(sigs.get(2).get("coversWholeDocument").asBoolean()).isTrue();
        // the role is in the signature itself, too
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDSignature> s = doc.getSignatureDictionaries();
            assertThat(s).hasSize(3);
            assertThat(s.get(1).getReason()).contains("法律顾问", "LEGAL_ADVISER");
            assertThat(s.get(1).getCOSObject().getString(COSName.getPDFName("JRW.Role"))).isEqualTo("LEGAL_ADVISER");
        }
        // every signature audited? no: sign works on the PDF alone; review changes are audited
        JsonNode audit = json(cli("audit", "list", "--case", CASE, "--json"));
        List<String> actions = new ArrayList<>();
        audit.get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("review.member", "review.view", "review.conclusion", "opinion.render");
    }

    /**
     * The chair leads the panel but was not registered as a member: the opinion has no field for
     * a chair, and the chair may still countersign (in a field added for it), once.
     */
    @Test
    void theChairCountersignsInAnAddedFieldOnce() throws Exception {
        Path pdf = renderedAndSigned();
        Path chair = tmp.resolve("chair.p12");
        org.jrw.logic.signing.Identities.create("周主任", "某应急管理局", org.jrw.model.Role.CHAIR, chair,
                "correct horse".toCharArray());
        sign(pdf, "chair.p12", "CHAIR", 4);
        JsonNode v = json(CliRunner.run("verify", pdf.toString(), "--json"));
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("complete").asBoolean()).isTrue();
        assertThat(v.get("draft").asBoolean()).isFalse();
        List<String> roles = new ArrayList<>();
        v.get("signatures").forEach(x -> roles.add(x.get("role").asText()));
        assertThat(roles).containsExactly("OFFICER", "LEGAL_ADVISER", "EXPERT", "CHAIR");
        assertThat(v.get("signatures").get(3).get("valid").asBoolean()).isTrue();
        assertThat(v.get("signatures").get(3).get("coversWholeDocument").asBoolean()).isTrue();
        CliRunner.Run again = CliRunner.run("sign", pdf.toString(), "--keystore", chair.toString(),
                "--password-file", pw.toString(), "--role", "CHAIR", "--out", pdf.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("主持人");
    }

    /** 参考案例 name the precedents, not bare ids: publisher, what happened, basis and fine. */
    @Test
    void referencedPrecedentsAreDescribedInTheOpinion() throws Exception {
        Path corpus = tmp.resolve("cases.jsonl");
        try (var in = getClass().getClassLoader().getResourceAsStream("content/precedents/cases.jsonl")) {
            Files.write(corpus, in.readAllBytes());
        }
        assertThat(cli("precedent", "import", corpus.toString()).code()).isZero();
        completeReview();
        assertThat(cli("review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元",
                "--precedent", "CASE-003", "--precedent", "CASE-999").code()).isZero();
        Path pdf = tmp.resolve("with-precedents.pdf");
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // cited by publisher and facts, the library number last and labelled, never a bare code leading
            assertThat(text).contains("1.应急管理部", "未取得特种作业操作证即从事电焊作业", "罚款12000元；案例库编号CASE-003）",
                    "2.典型案例（案例库编号CASE-999）").doesNotContain("1.CASE-003");
        }
    }

    @Test
    void signatureRecordedInTheWorkspaceFreezesTheReviewUntilANewVersion() throws Exception {
        completeReview();
        Path pdf = tmp.resolve("opinion.pdf");
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        json(cli("sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(), "--password-file",
                pw.toString(), "--role", "OFFICER", "--out", pdf.toString(), "--json"));
        CliRunner.Run frozen = cli("review", "view", CASE, "--member", "李律师", "--point", "FACTS", "--view",
                "补充意见", "--text", "补充");
        assertThat(frozen.code()).isEqualTo(2);
        assertThat(frozen.err()).contains("冻结");
        assertThat(cli("review", "view", CASE, "--member", "李律师", "--point", "FACTS", "--view", "补充意见",
                "--text", "补充", "--new-version").code()).isZero();
        JsonNode show = json(cli("review", "show", CASE, "--json"));
        assertThat(show.get("opinionVersion").asInt()).isEqualTo(2);
        List<String> actions = new ArrayList<>();
        json(cli("audit", "list", "--case", CASE, "--json")).get("entries")
                .forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("opinion.sign", "review.newVersion");
        assertThat(json(cli("audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
    }

    @Test
    void incompleteIsReportedWithExitZero() throws Exception {
        completeReview();
        Path pdf = tmp.resolve("opinion.pdf");
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        sign(pdf, "li.p12", "LEGAL_ADVISER", 1);
        sign(pdf, "wang.p12", "OFFICER", 2);
        CliRunner.Run r = CliRunner.run("verify", pdf.toString(), "--json");
        JsonNode v = json(r);
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("complete").asBoolean()).isFalse();
        assertThat(v.get("signatures")).hasSize(2);
        assertThat(CliRunner.run("verify", pdf.toString()).out()).contains("已签名 2 / 应签名 3");
        // the same role cannot sign twice
        CliRunner.Run again = CliRunner.run("sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", tmp.resolve("x.pdf").toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(tmp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void tamperedByteInsideSignedRangeIsDetected() throws Exception {
        Path pdf = renderedAndSigned();
        byte[] b = Files.readAllBytes(pdf);
        long firstRangeEnd;
        try (PDDocument doc = Loader.loadPDF(b)) {
            firstRangeEnd = doc.getSignatureDictionaries().get(0).getByteRange()[1];
        }
        // an uncompressed text inside the first signature's range: the XMP packet names the creator tool
        int at = indexOf(b, "Joint Review Workbench".getBytes(StandardCharsets.US_ASCII));
        assertThat(at).isPositive().isLessThan((int) firstRangeEnd);
        b[at] = 'K';
        Path bad = Files.write(tmp.resolve("tampered.pdf"), b);
        CliRunner.Run r = CliRunner.run("verify", bad.toString(), "--json");
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        JsonNode v = Json.parse(r.out());
        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.get("complete").asBoolean()).isFalse();
        assertThat(v.get("signatures").get(0).get("valid").asBoolean()).isFalse();
        // and it cannot be signed further
        CliRunner.Run s = CliRunner.run("sign", bad.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "CHAIR", "--out", tmp.resolve("y.pdf").toString());
        assertThat(s.code()).isEqualTo(2);
        assertThat(tmp.resolve("y.pdf")).doesNotExist();
    }

    @Test
    void changeAppendedAfterSigningIsDetected() throws Exception {
        Path pdf = renderedAndSigned();
        Path changed = tmp.resolve("changed.pdf");
        // an incremental update that writes on page 1, as an editing tool would
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toString()),
                new com.itextpdf.kernel.pdf.PdfWriter(changed.toString()),
                new com.itextpdf.kernel.pdf.StampingProperties().useAppendMode())) {
            var canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(doc.getPage(1));
            canvas.rectangle(100, 100, 50, 50).fill();
        }
        CliRunner.Run r = CliRunner.run("verify", changed.toString(), "--json");
        assertThat(r.code()).as(r.out()).isEqualTo(3);
        assertThat(Json.parse(r.out()).get("intact").asBoolean()).isFalse();
    }

    @Test
    void wrongPasswordUnreadableKeystoreAndNonOpinionExitTwoWritingNothing() throws Exception {
        completeReview();
        Path pdf = tmp.resolve("opinion.pdf");
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "not the password\n");
        Path out = tmp.resolve("signed.pdf");
        CliRunner.Run r = CliRunner.run("sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", wrong.toString(), "--role", "OFFICER", "--out", out.toString(), "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("密码不正确").doesNotContain("not the password");
        assertThat(out).doesNotExist();

        Path garbage = Files.write(tmp.resolve("garbage.p12"), "no keystore".getBytes(StandardCharsets.UTF_8));
        r = CliRunner.run("sign", pdf.toString(), "--keystore", garbage.toString(), "--password-file", pw.toString(),
                "--role", "OFFICER", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(out).doesNotExist();

        Path plain = Files.write(tmp.resolve("plain.pdf"), new org.jrw.logic.pdf.OfficialDocumentWriter()
                .write(org.jrw.logic.pdf.OfficialDocument.builder("行政处罚决定书").paragraph("正文").build()));
        r = CliRunner.run("sign", plain.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(CliRunner.run("verify", plain.toString()).code()).isEqualTo(2);
        assertThat(CliRunner.run("verify", garbage.toString()).code()).isEqualTo(2);
    }

    /**
     * While points are open the opinion is a draft. The contract's {@code sign} works on the PDF
     * alone, so it signs a draft too, but says so: the watermark stays, {@code verify} reports
     * {@code draft: true}, and the signature is not recorded as the review's (no freeze).
     */
    @Test
    void draftWhilePointsAreOpenIsSignedAsADraftAndNotRecorded() throws Exception {
        Path pdf = tmp.resolve("draft.pdf");
        CliRunner.Run r = cli("opinion", "render", CASE, "--out", pdf.toString(), "--json");
        assertThat(r.code()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("草稿", "尚在审查");
        }
        Path out = tmp.resolve("signed.pdf");
        r = cli("sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", out.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("草稿", "不是定稿");
        JsonNode signed = Json.parse(r.out());
        assertThat(signed.get("signatures").asInt()).isEqualTo(1);
        assertThat(signed.get("draft").asBoolean()).isTrue();
        JsonNode v = json(CliRunner.run("verify", out.toString(), "--json"));
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("draft").asBoolean()).isTrue();
        assertThat(v.get("signatures").get(0).get("role").asText()).isEqualTo("OFFICER");
        assertThat(v.get("signatures").get(0).get("valid").asBoolean()).isTrue();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", "")).contains("草稿");
        }
        // the review is not frozen by a draft's signature: a member's view can still be changed
        assertThat(cli("review", "view", CASE, "--member", "王建国", "--point", "ALL", "--view", "同意").code()).isZero();
    }

    @Test
    void opinionIsPdfA3bWithEmbeddedReviewJsonAndOneFieldPerMember() throws Exception {
        completeReview();
        Path pdf = tmp.resolve("opinion.pdf");
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")B");
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            assertThat(doc.getDocumentCatalog().getOutputIntents().get(0).getDestOutputIntent()).isNotNull();
            COSArray af = (COSArray) catalog.getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(af).isNotNull();
            COSDictionary spec = (COSDictionary) af.getObject(0);
            assertThat(spec.getString(COSName.UF)).isEqualTo("joint-review.json");
            assertThat(spec.getNameAsString(COSName.getPDFName("AFRelationship"))).isEqualTo("Data");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            var fields = doc.getDocumentCatalog().getAcroForm().getFields();
            assertThat(fields).extracting(f -> f.getPartialName())
                    .containsExactly("jrw-sig-1-OFFICER", "jrw-sig-2-LEGAL_ADVISER", "jrw-sig-3-EXPERT");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("联审意见书", CASE, "保留意见", "赵工（行业领域专家）对“裁量是否适当”持保留意见",
                    "联审结论：同意").doesNotContain("草稿");
        }
        JsonNode embedded = Json.parse(OpinionVerifier.embeddedJson(pdf));
        assertThat(embedded.get("caseNumber").asText()).isEqualTo(CASE);
        assertThat(embedded.get("draft").asBoolean()).isFalse();
        assertThat(embedded.get("points")).hasSize(7);
        assertThat(embedded.get("recommendation").get("conclusion").asText()).isEqualTo("APPROVE");
    }

    @Test
    void compositionRuleKeepsTheOpinionADraft() throws Exception {
        Path ws2 = tmp.resolve("ws2");
        ws = ws2;
        Path pkg = TestPackages.valid(CASE).writeZip(tmp.resolve("in2.jrcase"));
        assertThat(cli("case", "import", pkg.toString()).code()).isZero();
        assertThat(cli("review", "member", CASE, "--name", "甲", "--role", "OFFICER").code()).isZero();
        assertThat(cli("review", "member", CASE, "--name", "乙", "--role", "LEGAL_ADVISER").code()).isZero();
        for (String m : List.of("甲", "乙")) {
            assertThat(cli("review", "view", CASE, "--member", m, "--point", "ALL", "--view", "AGREE").code()).isZero();
        }
        assertThat(cli("review", "conclude", CASE, "--conclusion", "APPROVE").code()).isZero();
        JsonNode show = json(cli("review", "show", CASE, "--json"));
        assertThat(show.get("draft").asBoolean()).isTrue();
        assertThat(show.get("compositionProblems")).hasSize(1);
    }

    private static int indexOf(byte[] b, byte[] pat) {
        outer:
        for (int i = 0; i <= b.length - pat.length; i++) {
            for (int j = 0; j < pat.length; j++) {
                if (b[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
