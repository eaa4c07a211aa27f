package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.pdf.OfficialDocument;
import org.jrw.logic.pdf.OfficialDocumentWriter;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymisation leaves none of the original identifiers anywhere in the output (every byte of the
 * package, every decoded PDF stream, the extracted PDF text), keeps the legal substance, and
 * refuses to write a package in which an identifier remains.
 */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class AnonymizerTest {
    static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("GB18030"));

    @TempDir
    Path tmp;

    // -------------------------------------------------------------------- the demo case

    @Test
    void demoCaseLeavesNoIdentifierAndKeepsSubstance() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        Path out = tmp.resolve("demo-anon.jrcase");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "--json", "anonymize", "西应急罚〔2024〕37号",
                "--out", out.toString(), "--shift-days", "-10");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = Json.parse(r.out());
        assertThat(json.get("file").asText()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(json.get("replaced").asInt()).isGreaterThan(50);
        assertThat(fieldNames(json)).containsExactly("file", "replaced", "warnings");
        // the demo's pictures without marks are reported, not silently passed
        assertThat(json.get("warnings").isArray()).isTrue();

        List<String> originals = List.of("张某华", "李某强", "王某明", "西安某某精工机械有限公司", "某某精工",
                "91610112MA6U7R2K3J", "610112197205142739", "61010024017", "61010024052", "纬二路18号",
                "139XXXX5821", "610124********0359", "西应急罚〔2024〕37号", "西安市", "未央区");
        assertNoneAnywhere(out, originals);

        Dossier before;
        try (Workspace w = Workspace.open(ws)) {
            before = new DossierService(w).load("西应急罚〔2024〕37号");
        }
        Dossier after = readManifest(out);
        assertThat(Anonymizer.substanceDifference(before, after)).isNull();
        assertThat(after.violations().get(0).proposed().fineYuan()).isEqualTo(20000L);
        assertThat(after.documents()).extracting(d -> d.type()).containsExactlyElementsOf(
                before.documents().stream().map(d -> d.type()).toList());
        // dates moved by the same constant: intervals unchanged
        assertThat(after.caseInfo().filedOn()).isEqualTo(before.caseInfo().filedOn().minusDays(10));
        assertThat(after.documents().get(11).date()).isEqualTo(before.documents().get(11).date().minusDays(10));
        // pseudonymous credit codes are valid in their own right; a pseudonymous ID number has a real
        // date but deliberately fails the GB 11643 check digit, so it can never be a real person's
        assertThat(Identifiers.isValidCreditCode(after.parties().get(0).creditCode())).isTrue();
        String pid = after.parties().get(1).idNumber();
        assertThat(Identifiers.birthDate(pid)).isNotNull();
        assertThat(Identifiers.isValidIdNumber(pid)).isFalse();
        assertThat(Identifiers.isPseudonymIdNumber(pid)).isTrue();
        // the same person has the same pseudonym everywhere
        assertThat(after.parties().get(0).legalRepresentative()).isEqualTo(after.parties().get(1).name());
        // the copy says it is de-identified (the original does not), and keeps saying so once imported
        assertThat(Exercise.isAnonymized(before)).isFalse();
        assertThat(after.caseInfo().extra().get(Anonymizer.ANONYMIZED_FIELD)).isEqualTo(true);
        // and the result is a package the workbench imports
        Path ws2 = tmp.resolve("ws2");
        CliRunner.Run imp = CliRunner.run("--workspace", ws2.toString(), "case", "import", out.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        try (Workspace w = Workspace.open(ws2)) {
            DossierService ds = new DossierService(w);
            assertThat(Exercise.isAnonymized(ds.load(ds.list().get(0).caseId()))).isTrue();
        }
        // a booklet made from the copy says it holds pseudonyms, and the command does not warn
        Path booklet = tmp.resolve("anon-booklet.pdf");
        CliRunner.Run b = CliRunner.run("--workspace", ws2.toString(), "training", "booklet",
                readManifest(out).caseInfo().caseNumber(), "--out", booklet.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(b.err()).doesNotContain("不是去标识化");
        assertThat(pdfText(java.nio.file.Files.readAllBytes(booklet)).replaceAll("\\s+", ""))
                .contains("均为化名").doesNotContain("未经去标识化");
    }

    // -------------------------------------------------------------------- a dossier full of real-looking data

    @Test
    void personalDataInManifestPdfTextAndFileNamesIsGone() throws Exception {
        String person = "刘建国";
        String worker = "陈小兵";
        String officer = "黄志强";
        String company = "渭南市华盛化工有限公司";
        String partner = "蒲城县顺达物流有限公司";
        String id = "61050219880715321" + Identifiers.idNumberCheckChar("61050219880715321");
        assertThat(Identifiers.isValidIdNumber(id)).isTrue();
        String first17 = "91610502MA6Y12345";
        String orgCode = first17.substring(8, 16);
        String credit0 = first17.substring(0, 16) + Identifiers.orgCodeCheckChar(orgCode);
        String credit = credit0 + Identifiers.creditCodeCheckChar(credit0);
        assertThat(Identifiers.isValidCreditCode(credit)).isTrue();
        String phone = "13991234567";
        String landline = "0913-2123456";
        String address = "渭南市临渭区朝阳大街168号";
        String plate = "陕E·3K729";
        String cert = "61050012345";

        String facts = "该公司主要负责人" + person + "（身份证号" + id + "，电话" + phone + "）安排员工" + worker
                + "驾驶" + plate + "危险货物运输车辆在" + address + "厂区内装卸甲醇，委托" + partner + "运输，"
                + "未设置明显的安全警示标志。";
        Path dir = tmp.resolve("pkg");
        ObjectNode m = TestPackages.valid("渭应急罚〔2025〕8号").manifest;
        ObjectNode c = (ObjectNode) m.get("case");
        c.put("title", company + "未设置安全警示标志案");
        c.put("agency", "渭南市应急管理局");
        c.put("district", "临渭区");
        ArrayNode parties = m.putArray("parties");
        ObjectNode p1 = parties.addObject();
        p1.put("id", "p1").put("kind", "unit").put("name", company).put("creditCode", credit)
                .put("legalRepresentative", person).put("address", address).put("employees", 120);
        p1.put("phone", landline);
        ObjectNode p2 = parties.addObject();
        p2.put("id", "p2").put("kind", "person").put("name", person).put("idNumber", id).put("position", "总经理");
        ArrayNode officers = m.putArray("officers");
        officers.addObject().put("name", officer).put("certificateNo", cert);
        officers.addObject().put("name", "孙丽").put("certificateNo", "61050012399");
        ObjectNode v = (ObjectNode) m.get("violations").get(0);
        v.put("facts", facts);
        v.put("violatedProvision", "《中华人民共和国安全生产法》第三十五条");
        v.put("penaltyProvision", "《中华人民共和国安全生产法》第九十九条第一项");

        // real PDFs: an inquiry record naming everyone, in a file named after the person
        OfficialDocument record = OfficialDocument.builder("询问笔录").organ("渭南市应急管理局")
                .fields(org.jrw.logic.pdf.FieldTable.builder(4)
                        .row("被询问人", person, "性别", "男")
                        .row("身份证号码", id, "联系电话", phone)
                        .row("工作单位", company, "职务", "总经理")
                        .row("住址", address)
                        .row("询问人", officer + "（执法证号" + cert + "）、孙丽").build())
                .qa("请说明情况。", "我是" + company + "的总经理" + person + "，员工" + worker + "驾驶" + plate
                        + "在厂区装卸甲醇，运输委托给" + partner + "，固定电话" + landline + "。")
                .signLines(new OfficialDocument.SignLine("被询问人", person, LocalDate.of(2025, 3, 3)))
                .info(officer, "询问" + person, person + " " + id).build();
        byte[] pdf = OfficialDocumentWriter.forms().write(record);
        OfficialDocument decision = OfficialDocument.builder("行政处罚决定书").organ("渭南市应急管理局")
                .number("渭应急罚〔2025〕8号")
                .plain("被处罚单位：" + company).plain("统一社会信用代码：" + credit).plain("地址：" + address)
                .plain("法定代表人：" + person).paragraph("经查，" + facts)
                .signature("渭南市应急管理局", LocalDate.of(2025, 4, 1)).build();
        byte[] pdf2 = OfficialDocumentWriter.forms().write(decision);
        String f1 = "files/06-询问笔录-" + person + ".pdf";
        String f2 = "files/12-决定书-" + company + ".pdf";
        ArrayNode docs = m.putArray("documents");
        docs.addObject().put("id", "d1").put("type", "INQUIRY_RECORD").put("title", "询问笔录（" + person + "）")
                .put("date", "2025-03-03").put("file", f1).put("sha256", Vault.hash(pdf));
        docs.addObject().put("id", "d2").put("type", "PENALTY_DECISION").put("title", "行政处罚决定书")
                .put("number", "渭应急罚〔2025〕8号").put("date", "2025-04-01").put("deliveredOn", "2025-04-02")
                .put("file", f2).put("sha256", Vault.hash(pdf2)).putObject("states").put("fineYuan", 30000);
        // an image with EXIF-like metadata (a comment) naming the person, and a text note
        byte[] jpg = jpegWithComment(person + " " + phone);
        ArrayNode ev = m.putArray("evidence");
        ev.addObject().put("id", "e1").put("type", "物证").put("title", "现场照片（" + worker + "）")
                .put("collectedBy", officer + "、孙丽").put("file", "files/现场-" + worker + ".jpg")
                .put("sha256", Vault.hash(jpg)).put("collectedOn", "2025-03-01").putArray("proves").add("v1");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(f1, pdf);
        files.put(f2, pdf2);
        files.put("files/现场-" + worker + ".jpg", jpg);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), Json.pretty(m));
        for (var f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        // the raw PDFs really contain the text (so the test would notice a no-op)
        assertThat(pdfText(pdf).replaceAll("\\s+", "")).contains(person).contains(id);

        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import", dir.toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        Path out = tmp.resolve("anon.jrcase");
        Anonymizer.Result r;
        try (Workspace w = Workspace.open(ws)) {
            r = new Anonymizer(w).anonymize("渭应急罚〔2025〕8号", out,
                    new Anonymizer.Options(0, 42L, Map.of("e1", List.of(new Anonymizer.Region(0, 0, 40, 40)))),
                    Progress.NONE);
        }
        assertThat(r.replaced()).isGreaterThan(20);
        assertNoneAnywhere(out, List.of(person, worker, officer, company, partner, "华盛化工", "顺达物流", id, credit,
                phone, landline, address, "朝阳大街168号", plate, cert, "61050012399", "渭应急罚〔2025〕8号", "孙丽"));

        Dossier after = readManifest(out);
        assertThat(after.violations().get(0).violatedProvision()).isEqualTo("《中华人民共和国安全生产法》第三十五条");
        assertThat(after.violations().get(0).penaltyProvision()).isEqualTo("《中华人民共和国安全生产法》第九十九条第一项");
        assertThat(after.documents().get(1).statedLong("fineYuan")).isEqualTo(30000L);
        assertThat(after.violations().get(0).facts()).contains("未设置明显的安全警示标志").contains("甲醇");
        // consistent: the unit's pseudonym is the same in the manifest and in the decision's text
        String unit = after.parties().get(0).name();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().contains("决定书")) {
                    String t = pdfText(zip.readAllBytes()).replaceAll("\\s+", "");
                    assertThat(t).contains(unit).contains(after.parties().get(0).creditCode())
                            .contains("安全警示标志").contains("装卸甲醇").doesNotContain("乙厂");
                }
            }
        }
    }

    // -------------------------------------------------------------------- refusal

    @Test
    void aRemainingIdentifierIsRefusedAndNothingWritten() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        Dossier d;
        Map<String, byte[]> bySha = new LinkedHashMap<>();
        try (Workspace w = Workspace.open(ws)) {
            d = new DossierService(w).load("西应急罚〔2024〕37号");
            for (var doc : d.documents()) {
                bySha.put(doc.sha256(), Files.readAllBytes(w.vault().pathOf(doc.sha256())));
            }
            for (var e : d.evidence()) {
                bySha.put(e.sha256(), Files.readAllBytes(w.vault().pathOf(e.sha256())));
            }
        }
        Anonymizer.Output o = Anonymizer.anonymize(d, bySha::get, new Anonymizer.Options(0, 1L, Map.of()), Progress.NONE);
        // smuggle an original name back into a note field
        o.manifest().put("trainerNote", "原当事人张某华");
        Path out = tmp.resolve("leak.jrcase");
        assertThatThrownBy(() -> Anonymizer.write(o, out, Progress.NONE))
                .isInstanceOf(LeakException.class)
                .satisfies(ex -> assertThat(((LeakException) ex).leaks()).extracting(LeakScanner.Leak::identifier)
                        .contains("张某华"))
                .hasMessageContaining("张某华");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("ws");
        }
    }

    @Test
    void badInputExitsWithTwoAndWritesNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        CliRunner.Run unknown = CliRunner.run("--workspace", ws.toString(), "anonymize", "no-such-case",
                "--out", tmp.resolve("x.jrcase").toString());
        assertThat(unknown.code()).isEqualTo(2);
        CliRunner.Run ext = CliRunner.run("--workspace", ws.toString(), "anonymize", "西应急罚〔2024〕37号",
                "--out", tmp.resolve("x.zip").toString());
        assertThat(ext.code()).isEqualTo(2);
        CliRunner.Run blur = CliRunner.run("--workspace", ws.toString(), "anonymize", "西应急罚〔2024〕37号",
                "--out", tmp.resolve("x.jrcase").toString(), "--blur", "e06:1,2");
        assertThat(blur.code()).isEqualTo(2);
        CliRunner.Run noDir = CliRunner.run("--workspace", ws.toString(), "anonymize", "西应急罚〔2024〕37号",
                "--out", tmp.resolve("nope/x.jrcase").toString());
        assertThat(noDir.code()).isEqualTo(2);
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("ws");
        }
    }

    // -------------------------------------------------------------------- helpers

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Dossier readManifest(Path pkg) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(pkg))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("manifest.json")) {
                    return DossierCodec.read(Json.parse(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no manifest");
    }

    /** Every byte of the package, every entry, every decoded PDF stream and all PDF text. */
    static void assertNoneAnywhere(Path pkg, List<String> originals) throws IOException {
        List<String> found = new ArrayList<>();
        byte[] raw = Files.readAllBytes(pkg);
        check(raw, originals, pkg.getFileName() + " raw", found, 6);
        try (InputStream in = Files.newInputStream(pkg); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                for (String o : originals) {
                    if (name.contains(o)) {
                        found.add(o + " in entry name " + name);
                    }
                }
                byte[] b = zip.readAllBytes();
                boolean text = name.endsWith(".json");
                check(b, originals, name, found, text ? 1 : 6);
                if (text) {
                    String s = Json.parse(b).toString();
                    originals.stream().filter(s::contains).forEach(o -> found.add(o + " in parsed " + name));
                }
                if (name.endsWith(".pdf")) {
                    String t = pdfText(b).replaceAll("\\s+", "");
                    originals.stream().filter(t::contains).forEach(o -> found.add(o + " in text of " + name));
                    try (PDDocument doc = Loader.loadPDF(b)) {
                        for (COSObjectKey k : doc.getDocument().getXrefTable().keySet()) {
                            COSObject obj = doc.getDocument().getObjectFromPool(k);
                            COSBase base = obj == null ? null : obj.getObject();
                            if (base instanceof COSStream st) {
                                try (InputStream sin = st.createInputStream()) {
                                    check(sin.readAllBytes(), originals, name + " obj " + k, found, 6);
                                }
                            }
                            if (base != null) {
                                String str = base.toString();
                                originals.stream().filter(str::contains).forEach(o -> found.add(o + " in " + name + " " + k));
                            }
                        }
                        var info = doc.getDocumentInformation();
                        String meta = info.getTitle() + info.getAuthor() + info.getSubject() + info.getKeywords();
                        originals.stream().filter(meta::contains).forEach(o -> found.add(o + " in info of " + name));
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static void check(byte[] data, List<String> originals, String where, List<String> found, int minBytes) {
        for (String o : originals) {
            for (Charset cs : CHARSETS) {
                byte[] pat = o.getBytes(cs);
                if (pat.length >= minBytes && LeakScanner.indexOf(data, pat) >= 0) {
                    found.add(o + " (" + cs + ") in " + where);
                }
            }
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A small JPEG with a COM segment holding the text (as cameras and phones write notes). */
    private static byte[] jpegWithComment(String comment) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", b);
        byte[] jpg = b.toByteArray();
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpg, 0, 2);
        out.write(0xFF);
        out.write(0xFE);
        out.write((text.length + 2) >> 8);
        out.write((text.length + 2) & 0xFF);
        out.write(text);
        out.write(jpg, 2, jpg.length - 2);
        return out.toByteArray();
    }
}
