package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jrw.codec.Json;
import org.jrw.logic.exchange.ExchangeService;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.jrw.testing.FixtureCopies;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote review end to end on one machine: a host workspace exports a review package, an adviser
 * workspace opens it, annotates, records views and signs the opinion, exports a response, and the
 * host merges it; tampered, corrupted and foreign packages are refused with nothing changed.
 */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class PackageCommandsTest {
    static final String CASE = "西应急罚〔2024〕77号";

    @TempDir
    Path tmp;
    Path host;
    Path adviser;
    Path pw;

    private static CliRunner.Run cli(Path ws, String... args) {
        List<String> a = new ArrayList<>(List.of("--workspace", ws.toString()));
        a.addAll(List.of(args));
        return CliRunner.run(a.toArray(String[]::new));
    }

    private static JsonNode ok(CliRunner.Run r) throws Exception {
        assertThat(r.code()).as(r.err()).isZero();
        return Json.parse(r.out());
    }

    private static void as(String name, String role) {
        System.setProperty("jrw.user", name);
        System.setProperty("jrw.role", role);
    }

    @AfterEach
    void clearActor() {
        System.clearProperty("jrw.user");
        System.clearProperty("jrw.role");
    }

    /**
     * The host workspace with the case imported, the panel, two views, the conclusion and an
     * annotation, plus the adviser's signing identity ({@code li.p12}, a new RSA key): made once for
     * the class; each test works on its own copy.
     */
    private static Path prepared;

    @BeforeAll
    static void prepareTheHostOnce(@TempDir Path shared) throws Exception {
        Path host = shared.resolve("host");
        Path pw = Files.writeString(shared.resolve("pw.txt"), "s3cret-pass\n");
        try {
            as("王建国", "OFFICER");
            Path pkg = EvidenceFixtures.pkg(CASE).writeZip(shared.resolve("in.jrcase"));
            ok(cli(host, "case", "import", pkg.toString(), "--json"));
            ok(cli(host, "review", "member", CASE, "--name", "王建国", "--role", "OFFICER", "--json"));
            ok(cli(host, "review", "member", CASE, "--name", "李律师", "--org", "某律师事务所", "--role", "LEGAL_ADVISER",
                    "--json"));
            ok(cli(host, "review", "member", CASE, "--name", "赵工", "--role", "EXPERT", "--json"));
            for (String m : List.of("王建国", "赵工")) {
                ok(cli(host, "review", "view", CASE, "--member", m, "--point", "ALL", "--view", "同意", "--json"));
            }
            ok(cli(host, "review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元", "--json"));
            ok(cli(host, "annotation", "add", CASE, "--target", "d1", "--author", "王建国", "--role", "OFFICER",
                    "--note", "检查时间与询问笔录不一致", "--kind", "QUESTION", "--page", "1", "--rect", "72,90,200,40",
                    "--json"));
            // the adviser's personal signing identity, made on the adviser's machine
            ok(CliRunner.run("identity", "create", "--name", "李律师", "--role", "LEGAL_ADVISER", "--out",
                    shared.resolve("li.p12").toString(), "--password-file", pw.toString(), "--json"));
        } finally {
            System.clearProperty("jrw.user");
            System.clearProperty("jrw.role");
        }
        prepared = shared;
    }

    @BeforeEach
    void setUp() throws Exception {
        assertThat(prepared).as("the host was prepared").isNotNull();
        FixtureCopies.copy(prepared, tmp);
        host = tmp.resolve("host");
        adviser = tmp.resolve("adviser");
        pw = tmp.resolve("pw.txt");
        as("王建国", "OFFICER");
    }

    private Path exportReview(boolean encrypted) throws Exception {
        as("王建国", "OFFICER");
        Path out = tmp.resolve(encrypted ? "review-enc.jrreview" : "review.jrreview");
        List<String> args = new ArrayList<>(List.of("package", "export-review", CASE, "--out", out.toString(), "--json"));
        if (encrypted) {
            args.addAll(List.of("--password-file", pw.toString()));
        }
        JsonNode r = ok(cli(host, args.toArray(String[]::new)));
        assertThat(r.get("file").asText()).isEqualTo(out.toString());
        return out;
    }

    @Test
    void aReviewPackageCarriesTheDraftOpinionEvenFromAFreshProcess() throws Exception {
        // a fresh workspace process has no staging folder; the draft opinion must still travel
        Path review = exportReview(false);
        try (ZipFile z = new ZipFile(review.toFile())) {
            ZipEntry opinion = z.getEntry("opinion/opinion.pdf");
            assertThat(opinion).as("opinion/opinion.pdf in the review package").isNotNull();
            byte[] head = z.getInputStream(opinion).readNBytes(5);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    /** The adviser's work: open, annotate, views, render and sign, export the response. */
    private Path adviserResponds(Path review, boolean encrypted) throws Exception {
        as("李律师", "LEGAL_ADVISER");
        List<String> args = new ArrayList<>(List.of("package", "open", review.toString(), "--json"));
        if (encrypted) {
            args.addAll(List.of("--password-file", pw.toString()));
        }
        JsonNode opened = ok(cli(adviser, args.toArray(String[]::new)));
        String caseId = opened.get("caseId").asText();
        assertThat(caseId).startsWith("c-");
        JsonNode list = ok(cli(adviser, "annotation", "list", caseId, "--json"));
        assertThat(list.get("annotations")).hasSize(1);
        String hostNote = list.get("annotations").get(0).get("id").asText();
        // received material is read-only, the adviser's own layer writable
        assertThat(cli(adviser, "review", "conclude", caseId, "--conclusion", "不同意").code()).isEqualTo(2);
        ok(cli(adviser, "annotation", "add", caseId, "--target", "e1", "--author", "李律师", "--role", "LEGAL_ADVISER",
                "--note", "照片未注明拍摄时间和地点", "--kind", "DEFECT", "--rect", "10,20,100,50", "--json"));
        ok(cli(adviser, "review", "view", caseId, "--member", "李律师", "--point", "ALL", "--view", "同意", "--json"));
        ok(cli(adviser, "review", "view", caseId, "--member", "李律师", "--point", "EVIDENCE", "--view", "补充意见",
                "--text", "建议补充照片的拍摄信息", "--json"));
        Path pdf = tmp.resolve("opinion-adviser.pdf");
        JsonNode rendered = ok(cli(adviser, "opinion", "render", caseId, "--out", pdf.toString(), "--json"));
        assertThat(rendered.get("pages").asInt()).isPositive();
        ok(cli(adviser, "sign", pdf.toString(), "--keystore", tmp.resolve("li.p12").toString(), "--password-file",
                pw.toString(), "--role", "LEGAL_ADVISER", "--out", pdf.toString(), "--json"));
        Path resp = tmp.resolve("response.jrresponse");
        JsonNode r = ok(cli(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));
        assertThat(r.get("file").asText()).isEqualTo(resp.toString());
        assertThat(hostNote).startsWith("a-");
        return resp;
    }

    @Test
    void hostAdviserHostRoundTripWithAnnotationsViewsAndSignature() throws Exception {
        Path review = exportReview(true);
        Path resp = adviserResponds(review, true);

        as("王建国", "OFFICER");
        JsonNode preview = ok(cli(host, "package", "import-response", resp.toString(), "--preview", "--json"));
        assertThat(preview.get("annotations").asInt()).isEqualTo(1);
        Map<String, String> before = TestPackages.snapshot(host);

        JsonNode merged = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(merged.get("annotations").asInt()).isEqualTo(1);
        assertThat(merged.get("views").asInt()).isEqualTo(7);
        assertThat(merged.get("signedOpinions").asInt()).isEqualTo(1);
        assertThat(merged.get("opinions").asInt()).isEqualTo(8);
        assertThat(merged.get("conflicts")).isEmpty();
        assertThat(TestPackages.snapshot(host)).isNotEqualTo(before);

        JsonNode list = ok(cli(host, "annotation", "list", CASE, "--json")).get("annotations");
        assertThat(list).hasSize(2);
        JsonNode theirs = null;
        for (JsonNode a : list) {
            if (a.get("author").asText().equals("李律师")) {
                theirs = a;
            }
        }
        assertThat(theirs).isNotNull();
        assertThat(theirs.get("role").asText()).isEqualTo("LEGAL_ADVISER");
        assertThat(theirs.get("target").asText()).isEqualTo("e1");
        assertThat(theirs.get("note").asText()).isEqualTo("照片未注明拍摄时间和地点");
        assertThat(theirs.get("rect").toString()).contains("10").contains("100");

        JsonNode show = ok(cli(host, "review", "show", CASE, "--json"));
        assertThat(show.toString()).contains("建议补充照片的拍摄信息");
        try (Workspace ws = Workspace.open(host)) {
            Path opinion = new ExchangeService(ws).mergedOpinion(CASE);
            OpinionVerifier.Report rep = OpinionVerifier.verify(opinion);
            assertThat(rep.intact()).isTrue();
            assertThat(rep.signatures()).anySatisfy(s -> {
                assertThat(s.signer()).isEqualTo("李律师");
                assertThat(s.valid()).isTrue();
            });
        }

        // the same response again adds nothing
        JsonNode again = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(again.get("annotations").asInt()).isZero();
        assertThat(again.get("opinions").asInt()).isZero();
        assertThat(again.get("alreadyImported").asBoolean()).isTrue();
        assertThat(ok(cli(host, "annotation", "list", CASE, "--json")).get("annotations")).hasSize(2);
        // the same work exported again by the adviser (a new response id and file): still already imported
        as("李律师", "LEGAL_ADVISER");
        Path again2 = tmp.resolve("response-again.jrresponse");
        ok(cli(adviser, "package", "export-response", CASE, "--out", again2.toString(), "--json"));
        as("王建国", "OFFICER");
        JsonNode reimported = ok(cli(host, "package", "import-response", again2.toString(), "--json"));
        assertThat(reimported.get("annotations").asInt()).isZero();
        assertThat(reimported.get("alreadyImported").asBoolean()).isTrue();
        assertThat(ok(cli(host, "audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
    }

    /**
     * The bureau re-imports the dossier (an updated package, {@code --replace}) while the adviser
     * works: the case keeps its review, members, views and sent packages, so the adviser's response
     * still merges; an annotation on a file that changed is reported, not lost.
     */
    @Test
    void aReplacingImportKeepsTheReviewAndTheSentPackage() throws Exception {
        Path review = exportReview(false);
        Path resp = adviserResponds(review, false);
        as("王建国", "OFFICER");
        Path updated = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("updated.jrcase"));
        ok(cli(host, "case", "import", updated.toString(), "--replace", "--json"));
        JsonNode show = ok(cli(host, "review", "show", CASE, "--json"));
        assertThat(show.get("members")).hasSize(3);
        assertThat(show.toString()).contains("王建国", "赵工", "\"view\":\"AGREE\"", "罚款人民币2万元");
        assertThat(ok(cli(host, "annotation", "list", CASE, "--json")).get("annotations")).hasSize(1);
        JsonNode merged = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(merged.get("annotations").asInt()).isEqualTo(1);
        assertThat(merged.get("views").asInt()).isEqualTo(7);
        assertThat(ok(cli(host, "audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
    }

    /**
     * A response carries the adviser's own layer only. One made on a tampered adviser workspace
     * (signed by the adviser's genuine key) that rewrites the host's annotation, adds one in the
     * host officer's name, one on a page the PDF does not have, and a view for another member:
     * none of that is merged, each is reported, and the adviser's own work still is.
     */
    @Test
    void aResponseCannotRewriteTheHostsWorkOrSpeakForOthers() throws Exception {
        Path review = exportReview(false);
        as("李律师", "LEGAL_ADVISER");
        String caseId = ok(cli(adviser, "package", "open", review.toString(), "--json")).get("caseId").asText();
        ok(cli(adviser, "annotation", "add", caseId, "--target", "e1", "--author", "李律师", "--role", "LEGAL_ADVISER",
                "--note", "照片未注明拍摄时间", "--rect", "10,20,100,50", "--json"));
        ok(cli(adviser, "review", "view", caseId, "--member", "李律师", "--point", "FACTS", "--view", "同意", "--json"));
        // around the adviser's checks: straight into the adviser's database
        cli(adviser, "review", "view", caseId, "--member", "王建国", "--point", "LAW", "--view", "有异议",
                "--text", "代他人表态");
        try (Workspace w = Workspace.open(adviser)) {
            w.db().inTransaction(c -> {
                org.jrw.model.Annotation host = org.jrw.persistence.AnnotationDao.list(c, caseId).stream()
                        .filter(a -> a.author().equals("王建国")).findFirst().orElseThrow();
                org.jrw.persistence.AnnotationDao.update(c, host.withNote("被顾问篡改", org.jrw.model.AnnotationKind.NOTE,
                        "2030-01-01T00:00:00.000Z"));
                org.jrw.persistence.AnnotationDao.insert(c, new org.jrw.model.Annotation("a-forged00000001", caseId, null,
                        host.targetId(), host.targetType(), host.targetSha256(), 1, host.rects(), null, null, null, null,
                        org.jrw.model.AnnotationKind.NOTE, "冒名批注", "王建国", org.jrw.model.Role.OFFICER, null,
                        org.jrw.model.Annotation.Status.OPEN, "2030-01-01T00:00:00.000Z", "2030-01-01T00:00:00.000Z"));
                org.jrw.persistence.AnnotationDao.insert(c, new org.jrw.model.Annotation("a-badpage00000001", caseId, null,
                        host.targetId(), host.targetType(), host.targetSha256(), 99,
                        List.of(new org.jrw.model.Annotation.Rect(-5, 1e9, 0, 0)), null, null, null, null,
                        org.jrw.model.AnnotationKind.NOTE, "不存在的页", "李律师", org.jrw.model.Role.LEGAL_ADVISER, null,
                        org.jrw.model.Annotation.Status.OPEN, "2030-01-01T00:00:00.000Z", "2030-01-01T00:00:00.000Z"));
                return null;
            });
        }
        Path resp = tmp.resolve("forged.jrresponse");
        ok(cli(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));

        as("王建国", "OFFICER");
        JsonNode merged = ok(cli(host, "package", "import-response", resp.toString(), "--take-theirs", "*", "--json"));
        List<String> reasons = new ArrayList<>();
        merged.get("conflicts").forEach(c -> reasons.add(c.get("reason").asText()));
        assertThat(reasons).contains("readOnly", "notTheirs", "invalid");
        assertThat(merged.get("annotations").asInt()).isEqualTo(1);
        JsonNode list = ok(cli(host, "annotation", "list", CASE, "--json")).get("annotations");
        assertThat(list).hasSize(2);
        assertThat(list.toString()).contains("检查时间与询问笔录不一致", "照片未注明拍摄时间")
                .doesNotContain("被顾问篡改", "冒名批注", "不存在的页");
        JsonNode show = ok(cli(host, "review", "show", CASE, "--json"));
        assertThat(show.toString()).doesNotContain("代他人表态");
        assertThat(ok(cli(host, "audit", "verify", "--json")).get("intact").asBoolean()).isTrue();
    }

    @Test
    void openingTheSamePackageTwiceChangesNothing() throws Exception {
        Path review = exportReview(false);
        as("李律师", "LEGAL_ADVISER");
        String id = ok(cli(adviser, "package", "open", review.toString(), "--json")).get("caseId").asText();
        Map<String, String> before = TestPackages.snapshot(adviser);
        JsonNode again = ok(cli(adviser, "package", "open", review.toString(), "--json"));
        assertThat(again.get("caseId").asText()).isEqualTo(id);
        assertThat(TestPackages.snapshot(adviser)).isEqualTo(before);
    }

    @Test
    void conflictsAreReportedAndKeepOursUnlessTheirsIsTaken() throws Exception {
        Path review = exportReview(false);
        as("李律师", "LEGAL_ADVISER");
        String caseId = ok(cli(adviser, "package", "open", review.toString(), "--json")).get("caseId").asText();
        ok(cli(adviser, "review", "view", caseId, "--member", "李律师", "--point", "LAW", "--view", "有异议",
                "--text", "应适用第九十七条第七项", "--json"));
        Path resp = tmp.resolve("r.jrresponse");
        ok(cli(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));
        // meanwhile the host records the same member's view on the same point differently
        as("王建国", "OFFICER");
        ok(cli(host, "review", "view", CASE, "--member", "李律师", "--point", "LAW", "--view", "同意", "--json"));
        JsonNode r = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(r.get("conflicts")).hasSize(1);
        assertThat(r.get("conflicts").get(0).get("item").asText()).isEqualTo("view:LAW:m2");
        assertThat(r.get("conflicts").get(0).get("reason").asText()).isEqualTo("changedBoth");
        assertThat(ok(cli(host, "review", "show", CASE, "--json")).toString()).doesNotContain("应适用第九十七条第七项");
        CliRunner.Run takeRun = cli(host, "package", "import-response", resp.toString(), "--take-theirs",
                "view:LAW:m2,view:LAW:m9", "--json");
        JsonNode taken = ok(takeRun);
        assertThat(takeRun.err()).contains("“view:LAW:m9”不是本反馈包中的项目").doesNotContain("“view:LAW:m2”");
        assertThat(taken.get("conflicts")).isEmpty();
        assertThat(taken.get("opinions").asInt()).isEqualTo(1);
        assertThat(ok(cli(host, "review", "show", CASE, "--json")).toString()).contains("应适用第九十七条第七项");
    }

    // ------------------------------------------------------------------ refusals

    private void refused(Path ws, int code, String message, String... args) throws IOException {
        Map<String, String> before = TestPackages.snapshot(ws);
        CliRunner.Run r = cli(ws, args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(code);
        assertThat(r.err()).contains(message);
        assertThat(TestPackages.snapshot(ws)).as("workspace unchanged").isEqualTo(before);
    }

    /** Rewrites a package's entries (a tampering sender or a broken transfer). */
    private static Path rewrite(Path in, Path out, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(in.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                entries.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return TestPackages.zip(out, change.apply(entries));
    }

    @Test
    void tamperedCorruptedAndForeignPackagesAreRefusedWithNothingChanged() throws Exception {
        Path review = exportReview(false);
        Path resp = adviserResponds(review, false);
        as("王建国", "OFFICER");

        // a file of the response altered after signing
        Path altered = rewrite(resp, tmp.resolve("altered.jrresponse"), m -> {
            String layer = new String(m.get("layer.json"), StandardCharsets.UTF_8);
            m.put("layer.json", layer.replace("照片未注明拍摄时间和地点", "证据充分").getBytes(StandardCharsets.UTF_8));
            return m;
        });
        refused(host, 3, "SHA-256", "package", "import-response", altered.toString());
        // the manifest altered (its listed hash adjusted): the signature no longer matches
        Path resigned = rewrite(resp, tmp.resolve("manifest.jrresponse"), m -> {
            String man = new String(m.get("manifest.json"), StandardCharsets.UTF_8);
            m.put("manifest.json", man.replace("\"version\" : 1", "\"version\" : 1 ").getBytes(StandardCharsets.UTF_8));
            return m;
        });
        refused(host, 3, "签名无效", "package", "import-response", resigned.toString());
        // signature removed
        Path unsigned = rewrite(resp, tmp.resolve("unsigned.jrresponse"), m -> {
            m.remove("signature.p7s");
            return m;
        });
        refused(host, 3, "没有签名", "package", "import-response", unsigned.toString());
        // an extra file slipped in
        Path extra = rewrite(resp, tmp.resolve("extra.jrresponse"), m -> {
            m.put("evil.txt", new byte[] {1});
            return m;
        });
        refused(host, 3, "evil.txt", "package", "import-response", extra.toString());
        // bytes damaged in transfer
        byte[] bytes = Files.readAllBytes(resp);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path corrupt = Files.write(tmp.resolve("corrupt.jrresponse"), bytes);
        CliRunner.Run rc = cli(host, "package", "import-response", corrupt.toString());
        assertThat(rc.code()).as(rc.err()).isIn(2, 3);
        Path truncated = Files.write(tmp.resolve("trunc.jrresponse"), java.util.Arrays.copyOf(bytes, 100));
        refused(host, 2, "trunc.jrresponse", "package", "import-response", truncated.toString());
        refused(host, 2, "不是审查包或反馈包", "package", "import-response",
                Files.writeString(tmp.resolve("x.jrresponse"), "hello").toString());
        // a review package is not a response
        refused(host, 2, "jrw-review-response", "package", "import-response", review.toString());
        // foreign: a workspace that never sent this package
        Path other = tmp.resolve("other");
        ok(cli(other, "case", "import", EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("o.jrcase")).toString(),
                "--json"));
        refused(other, 3, "不是对本工作区所发审查包的反馈", "package", "import-response", resp.toString());
        // hostile entry names
        Path hostile = TestPackages.zip(tmp.resolve("hostile.jrreview"), Map.of("../escape.txt", new byte[] {1},
                "manifest.json", "{}".getBytes(StandardCharsets.UTF_8)));
        Path fresh = tmp.resolve("fresh");
        ok(cli(fresh, "case", "list", "--json"));
        refused(fresh, 2, "escape.txt", "package", "open", hostile.toString());
        // nothing changed on the host: the real response still merges afterwards
        JsonNode merged = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(merged.get("annotations").asInt()).isEqualTo(1);
    }

    @Test
    void encryptedPackagesNeedTheRightPassword() throws Exception {
        Path review = exportReview(true);
        // the file names (which name persons) are encrypted with the content: one sealed entry
        try (net.lingala.zip4j.ZipFile z = new net.lingala.zip4j.ZipFile(review.toFile())) {
            List<String> names = z.getFileHeaders().stream().map(h -> h.getFileName()).toList();
            assertThat(names).containsExactly("sealed.zip");
            assertThat(z.isEncrypted()).isTrue();
        }
        byte[] raw = Files.readAllBytes(review);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("manifest.json", "dossier/");
        Path fresh = tmp.resolve("fresh");
        ok(cli(fresh, "case", "list", "--json"));
        refused(fresh, 2, "已加密", "package", "open", review.toString());
        refused(fresh, 2, "不是 ZIP", "package", "open", Files.write(tmp.resolve("empty.jrreview"), new byte[0]).toString());
        refused(fresh, 2, "不是 ZIP", "package", "open", tmp.toString());
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "not-the-password\n");
        refused(fresh, 2, "密码不正确", "package", "open", review.toString(), "--password-file", wrong.toString());
        // the tampered review package: a dossier file swapped
        Path plain = exportReview(false);
        Path swapped = rewrite(plain, tmp.resolve("swapped.jrreview"), m -> {
            m.replaceAll((k, v) -> k.startsWith("dossier/files/e1") ? new byte[] {9, 9, 9} : v);
            return m;
        });
        refused(fresh, 3, "SHA-256", "package", "open", swapped.toString());
        ok(cli(fresh, "package", "open", review.toString(), "--password-file", pw.toString(), "--json"));
    }

    @Test
    void registeredAdviserCertificatesGateTheImportOfResponses() throws Exception {
        Path review = exportReview(false);
        Path resp = adviserResponds(review, false);
        // the adviser sends their workstation certificate; a stranger's certificate for contrast
        Path advCert = tmp.resolve("adviser.pem");
        JsonNode own = ok(cli(adviser, "package", "certificate", "--out", advCert.toString(), "--json"));
        assertThat(own.get("sha256").asText()).hasSize(64);
        assertThat(Files.readString(advCert)).startsWith("-----BEGIN CERTIFICATE-----");
        Path stranger = tmp.resolve("stranger.pem");
        as("陌生人", "LEGAL_ADVISER");
        ok(cli(tmp.resolve("stranger"), "package", "certificate", "--out", stranger.toString(), "--json"));

        as("王建国", "OFFICER");
        assertThat(ok(cli(host, "package", "trust", "list", "--json")).get("advisers")).isEmpty();
        JsonNode preview = ok(cli(host, "package", "import-response", resp.toString(), "--preview", "--json"));
        assertThat(preview.get("adviserRegistered").asBoolean()).isFalse();
        assertThat(preview.get("registrationRequired").asBoolean()).isFalse();
        assertThat(preview.get("adviserCertificateSha256").asText()).isEqualTo(own.get("sha256").asText());

        // once an adviser is registered, an unregistered signer is refused (exit 3, nothing written) …
        JsonNode added = ok(cli(host, "package", "trust", "add", stranger.toString(), "--name", "别的顾问", "--json"));
        assertThat(added.get("added").asBoolean()).isTrue();
        refused(host, 3, "不是已登记的顾问", "package", "import-response", resp.toString());
        refused(host, 2, "junk.pem", "package", "trust", "add",
                Files.writeString(tmp.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nnope\n").toString());
        // … unless accepted explicitly
        CliRunner.Run accepted = cli(host, "package", "import-response", resp.toString(), "--accept-unknown", "--json");
        JsonNode a = ok(accepted);
        assertThat(a.get("annotations").asInt()).isEqualTo(1);
        assertThat(a.get("adviserRegistered").asBoolean()).isFalse();
        assertThat(a.get("registrationRequired").asBoolean()).isTrue();
        assertThat(accepted.err()).contains("--accept-unknown");

        // registered: shown by name
        ok(cli(host, "package", "trust", "add", advCert.toString(), "--name", "李律师（某律师事务所）", "--json"));
        JsonNode list = ok(cli(host, "package", "trust", "list", "--json")).get("advisers");
        assertThat(list).hasSize(2);
        JsonNode again = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(again.get("adviserRegistered").asBoolean()).isTrue();
        assertThat(again.get("registeredName").asText()).isEqualTo("李律师（某律师事务所）");
        assertThat(again.get("annotations").asInt()).isZero();
        JsonNode removed = ok(cli(host, "package", "trust", "remove", own.get("sha256").asText().substring(0, 12),
                "--json"));
        assertThat(removed.get("name").asText()).isEqualTo("李律师（某律师事务所）");
        assertThat(ok(cli(host, "package", "trust", "list", "--json")).get("advisers")).hasSize(1);
        assertThat(ok(cli(host, "audit", "list", "--json")).toString()).contains("exchange.trust.add",
                "exchange.trust.remove");
    }

    @Test
    void theHostsCommentPdfImportsWhereTheCaseWasOpenedFromAReviewPackage() throws Exception {
        Path review = exportReview(false);
        Path pdf = tmp.resolve("host-comments.pdf");
        ok(cli(host, "package", "export-pdf", CASE, "--out", pdf.toString(), "--json"));
        as("李律师", "LEGAL_ADVISER");
        String caseId = ok(cli(adviser, "package", "open", review.toString(), "--json")).get("caseId").asText();
        Path reviewed = tmp.resolve("host-comments-reviewed.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var page = d.getPage(0);
            var box = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            box.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 500, 100, 40));
            box.setContents("外部意见");
            box.setTitlePopup("周顾问");
            var list = new ArrayList<>(page.getAnnotations());
            list.add(box);
            page.setAnnotations(list);
            d.save(reviewed.toFile());
        }
        // unknown export id there, but the embedded map names this case and its files match
        JsonNode r = ok(cli(adviser, "package", "import-comments", caseId, reviewed.toString(), "--json"));
        assertThat(r.get("added").asInt()).isEqualTo(1);
        assertThat(r.get("skipped").get("exported").asInt()).isEqualTo(1); // the host's annotation
        // the comments travel back in the response, but a response speaks only for its responder
        // (issue 21): a comment by 周顾问 is not 李律师's and is reported, not merged
        Path resp = tmp.resolve("with-comments.jrresponse");
        ok(cli(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));
        as("王建国", "OFFICER");
        JsonNode merged = ok(cli(host, "package", "import-response", resp.toString(), "--json"));
        assertThat(merged.get("annotations").asInt()).isZero();
        assertThat(merged.get("conflicts").get(0).get("reason").asText()).isEqualTo("notTheirs");
        assertThat(ok(cli(host, "annotation", "list", CASE, "--json")).toString()).doesNotContain("外部意见");
    }
}
