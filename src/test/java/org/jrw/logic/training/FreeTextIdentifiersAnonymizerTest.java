package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.codec.DossierCodec;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.Vault;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identifiers that appear only in the running text of a note, never in a manifest field: another
 * unit's 统一社会信用代码, numbers in full-width digits and in groups, an ID number with a lower-case
 * check letter, a landline with its area code — in a UTF-8 note and a GB18030 one. None may be left
 * in the written package, and the legal substance stays. Runs in memory (no workspace, no PDF).
 */
class FreeTextIdentifiersAnonymizerTest {
    @TempDir
    Path tmp;

    @org.junit.jupiter.api.BeforeAll
    static void noOcr() {
        System.setProperty("jrw.ocr", "off");
    }

    @org.junit.jupiter.api.AfterAll
    static void ocrAgain() {
        System.clearProperty("jrw.ocr");
    }

    static String idNumber(String first17) {
        return first17 + Identifiers.idNumberCheckChar(first17);
    }

    static String creditCode(String first8, String org8) {
        String c17 = first8 + org8 + Identifiers.orgCodeCheckChar(org8);
        return c17 + Identifiers.creditCodeCheckChar(c17);
    }

    /** The package with one extra text note (encoding given), as the anonymiser reads it: manifest + files by hash. */
    private record Case(Dossier dossier, Map<String, byte[]> bySha) {
    }

    private static Case caseWithNote(String note, Charset cs) {
        return caseWithFile("files/e2-情况说明.txt", note.getBytes(cs));
    }

    private static Case caseWithFile(String file, byte[] bytes) {
        TestPackages.Pkg pkg = TestPackages.valid();
        // only the note: the fixture's documents and picture are placeholders, not real PDFs and JPEGs
        pkg.files.clear();
        pkg.manifest.putArray("documents");
        pkg.manifest.putArray("evidence");
        pkg.files.put(file, bytes);
        ArrayNode ev = (ArrayNode) pkg.manifest.get("evidence");
        ObjectNode e2 = ev.addObject();
        e2.put("id", "e2").put("type", "书证").put("title", "情况说明").put("collectedOn", "2024-03-02")
                .put("file", file).put("sha256", Vault.hash(bytes));
        e2.putArray("proves").add("v1");
        Map<String, byte[]> bySha = new HashMap<>();
        pkg.files.values().forEach(b -> bySha.put(Vault.hash(b), b));
        return new Case(DossierCodec.read(pkg.manifest), bySha);
    }

    private static Anonymizer.Options options() {
        return new Anonymizer.Options(-5, 11L, Map.of());
    }

    /** Every entry of the written package decoded as UTF-8 and as GB18030, joined. */
    private static String allText(Path pkg) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(pkg); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] b = zip.readAllBytes();
                sb.append(e.getName()).append('\n').append(new String(b, StandardCharsets.UTF_8)).append('\n')
                        .append(new String(b, Charset.forName("GB18030"))).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void identifiersOnlyInANoteAreReplacedInEveryEncoding() throws Exception {
        String id = idNumber("61011319900307421");
        String lowerX = idNumber("61010319850101001");
        String otherUnit = creditCode("91610131", "MA6W2Q8L");
        assertThat(Identifiers.isValidCreditCode(otherUnit)).isTrue();
        String fullWidthMobile = "１３９１２３４５６７８";
        String groupedMobile = "186 2901 7734";
        String landline = "029-88776655";
        String account = "6222021234567890123";
        String note = "情况说明\n承包单位统一社会信用代码：" + otherUnit + "，其现场负责人身份证号" + id
                + "。\n另一名作业人员身份证：" + lowerX.toLowerCase() + "，手机" + fullWidthMobile + "，备用" + groupedMobile
                + "。\n单位座机" + landline + "，收款账号：" + account
                + "。\n该公司违反《中华人民共和国安全生产法》第三十条第一款的规定，拟罚款20000元。\n";
        List<String> originals = List.of(otherUnit, id, lowerX, lowerX.toLowerCase(), "13912345678", fullWidthMobile,
                "18629017734", groupedMobile, "88776655", account, "西安某某机械有限公司", "91610104MA6TXXXXXX", "李某");
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            Case c = caseWithNote(note, cs);
            Anonymizer.Output o = Anonymizer.anonymize(c.dossier(), c.bySha()::get, options(), Progress.NONE);
            Path out = tmp.resolve("anon-" + cs.name() + ".jrcase");
            Anonymizer.write(o, out, Progress.NONE);
            String all = allText(out);
            List<String> left = new ArrayList<>();
            for (String s : originals) {
                if (all.contains(s)) {
                    left.add(s);
                }
            }
            assertThat(left).as("left in the %s package", cs).isEmpty();
            // the substance of the note survives in its own encoding
            String rewritten = new String(o.files().entrySet().stream().filter(e -> e.getKey().contains("e2"))
                    .findFirst().orElseThrow().getValue(), cs);
            assertThat(rewritten).contains("《中华人民共和国安全生产法》第三十条第一款").contains("20000元")
                    .contains("统一社会信用代码：").contains("身份证号");
            // the pseudonymous ID number is not a real one (it fails the check character)
            assertThat(o.scrubber().identifiers()).anySatisfy(en -> assertThat(en.original()).isEqualTo(otherUnit));
        }
    }

    @Test
    void personsAndTheirHomeAddressesNamedOnlyInANoteAreReplaced() throws Exception {
        String note = "情况说明\n证人王建国称，事发时其在车间门口。王建国，男，住址：西安市雁塔区小寨东路12号3单元501室。\n"
                + "在场人员：赵丽华、孙志刚。老王当天未戴安全帽。\n"
                + "该公司违反《中华人民共和国安全生产法》第三十条第一款的规定。\n";
        Case c = caseWithNote(note, StandardCharsets.UTF_8);
        Anonymizer.Output o = Anonymizer.anonymize(c.dossier(), c.bySha()::get, options(), Progress.NONE);
        Path out = tmp.resolve("persons.jrcase");
        Anonymizer.write(o, out, Progress.NONE);
        String all = allText(out);
        List<String> left = new ArrayList<>();
        for (String x : List.of("王建国", "小寨东路12号", "3单元501室", "赵丽华", "孙志刚", "老王")) {
            if (all.contains(x)) {
                left.add(x);
            }
        }
        assertThat(left).isEmpty();
        String rewritten = new String(o.files().entrySet().stream().filter(e -> e.getKey().contains("e2"))
                .findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8);
        assertThat(rewritten).contains("证人").contains("住址：").contains("未戴安全帽")
                .contains("《中华人民共和国安全生产法》第三十条第一款");
    }

    @Test
    void anOriginalSmuggledBackAfterRewritingIsRefusedAndNothingIsWritten() throws Exception {
        String id = idNumber("61011319900307421");
        Case c = caseWithNote("说明：作业人员身份证号" + id + "。\n", StandardCharsets.UTF_8);
        Anonymizer.Output o = Anonymizer.anonymize(c.dossier(), c.bySha()::get, options(), Progress.NONE);
        Map<String, byte[]> files = new LinkedHashMap<>(o.files());
        String key = files.keySet().stream().filter(k -> k.contains("e2")).findFirst().orElseThrow();
        files.put(key, ("说明：" + id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14))
                .getBytes(Charset.forName("GB18030")));
        Anonymizer.Output tampered = new Anonymizer.Output(o.manifest(), files, o.replaced(), o.warnings(),
                o.scrubber(), o.imageReview());
        Path out = tmp.resolve("leak.jrcase");
        assertThatThrownBy(() -> Anonymizer.write(tampered, out, Progress.NONE)).isInstanceOf(LeakException.class);
        assertThat(out).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    static byte[] docx(String... runs) throws java.io.IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var p = d.createParagraph();
            for (String r : runs) {
                p.createRun().setText(r);
            }
            d.write(out);
            return out.toByteArray();
        }
    }

    static String wordText(byte[] docx) throws java.io.IOException {
        try (var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    @Test
    void aWordNoteIsRewrittenIntoAWordFileAndAnIdentifierPutBackIsCaught() throws Exception {
        String id = idNumber("61011319900307421");
        // the number split over three runs, as Word saves a text typed in pieces
        byte[] note = docx("说明：作业人员身份证号", id.substring(0, 6), id.substring(6, 14), id.substring(14),
                "，手机13912345678。违反《中华人民共和国安全生产法》第三十条第一款。");
        Case c = caseWithFile("files/e2-情况说明.docx", note);
        Anonymizer.Output o = Anonymizer.anonymize(c.dossier(), c.bySha()::get, options(), Progress.NONE);
        String key = o.files().keySet().stream().filter(k -> k.contains("e2")).findFirst().orElseThrow();
        String text = wordText(o.files().get(key));
        assertThat(text).doesNotContain(id).doesNotContain("13912345678")
                .contains("《中华人民共和国安全生产法》第三十条第一款").contains("身份证号");
        Anonymizer.write(o, tmp.resolve("ok.jrcase"), Progress.NONE);
        // the same Word note with the number typed back in, split over runs: refused, nothing written
        Map<String, byte[]> files = new LinkedHashMap<>(o.files());
        files.put(key, docx("说明：", id.substring(0, 9), id.substring(9)));
        Anonymizer.Output tampered = new Anonymizer.Output(o.manifest(), files, o.replaced(), o.warnings(),
                o.scrubber(), o.imageReview());
        Path out = tmp.resolve("leak.jrcase");
        assertThatThrownBy(() -> Anonymizer.write(tampered, out, Progress.NONE)).isInstanceOf(LeakException.class)
                .satisfies(e -> assertThat(((LeakException) e).leaks()).extracting(LeakScanner.Leak::identifier).contains(id));
        assertThat(out).doesNotExist();
    }

    @Test
    void aDamagedPdfIsRefusedNamingTheFile() {
        TestPackages.Pkg pkg = TestPackages.valid();
        Map<String, byte[]> bySha = new HashMap<>();
        pkg.files.values().forEach(b -> bySha.put(Vault.hash(b), b));
        Dossier d = DossierCodec.read(pkg.manifest);
        assertThatThrownBy(() -> Anonymizer.anonymize(d, bySha::get, options(), Progress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("files/01-立案审批表.pdf");
    }

    @Test
    void aTargetWithoutItsFolderIsRefusedByName() {
        Case c = caseWithNote("说明。\n", StandardCharsets.UTF_8);
        Anonymizer.Output o = Anonymizer.anonymize(c.dossier(), c.bySha()::get, options(), Progress.NONE);
        assertThatThrownBy(() -> Anonymizer.write(o, tmp.resolve("no/such/dir/x.jrcase"), Progress.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("x.jrcase");
    }
}
