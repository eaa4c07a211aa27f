package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.model.BadInputException;
import org.jrw.persistence.AnnotationDao;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages crafted and signed with the genuine workstation keys, as a hostile party's own tool
 * would make them (ADR 0008, 0092). The adviser opening a review package: a bad case id, views of
 * members not on the panel, malformed layer fields, a case that exists already. The host's import of
 * a response: a response to another
 * package, nonce, case or sender; a bad response id; a layer with a malformed field; a missing or
 * broken signed opinion; a second adviser for an answered package; an unregistered signer while
 * advisers are registered; a replay. Every refusal leaves the host's workspace exactly as before.
 */
class CraftedPackagesTest {
    static final String CASE = "西应急罚〔2024〕96号";

    @TempDir
    static Path shared;
    static Path hostTemplate;
    static Path response;
    static String caseId;
    static String packageId;
    static SigningIdentity adviserKey;
    static SigningIdentity hostKey;
    static SigningIdentity secondKey;
    static Path secondCert;

    @TempDir
    Path tmp;
    Path host;

    private static void as(String name, String role) {
        System.setProperty("jrw.user", name);
        System.setProperty("jrw.role", role);
    }

    @BeforeAll
    static void hostSendsAndAdviserResponds() throws Exception {
        hostTemplate = shared.resolve("host");
        Path adviser = shared.resolve("adviser");
        as("王建国", "OFFICER");
        CliRunner.ok(CliRunner.in(hostTemplate, "case", "import", EvidenceFixtures.pkg(CASE)
                .writeZip(shared.resolve("in.jrcase")).toString(), "--json"));
        CliRunner.ok(CliRunner.in(hostTemplate, "review", "member", CASE, "--name", "王建国", "--role", "OFFICER", "--json"));
        CliRunner.ok(CliRunner.in(hostTemplate, "review", "member", CASE, "--name", "李律师", "--role", "LEGAL_ADVISER",
                "--json"));
        CliRunner.ok(CliRunner.in(hostTemplate, "review", "member", CASE, "--name", "赵工", "--role", "EXPERT", "--json"));
        CliRunner.ok(CliRunner.in(hostTemplate, "review", "view", CASE, "--member", "王建国", "--point", "ALL", "--view",
                "同意", "--json"));
        CliRunner.ok(CliRunner.in(hostTemplate, "annotation", "add", CASE, "--target", "d1", "--author", "王建国",
                "--role", "OFFICER", "--note", "请核对落款", "--page", "1", "--rect", "72,90,200,40", "--json"));
        Path review = shared.resolve("review.jrreview");
        packageId = CliRunner.ok(CliRunner.in(hostTemplate, "package", "export-review", CASE, "--out", review.toString(),
                "--json")).get("packageId").asText();
        as("李律师", "LEGAL_ADVISER");
        caseId = CliRunner.ok(CliRunner.in(adviser, "package", "open", review.toString(), "--json")).get("caseId").asText();
        // a response for a subset of the points: the adviser's view on LAW only, and one annotation
        CliRunner.ok(CliRunner.in(adviser, "review", "view", caseId, "--member", "李律师", "--point", "LAW", "--view",
                "有异议", "--text", "应适用第九十七条第七项", "--json"));
        CliRunner.ok(CliRunner.in(adviser, "annotation", "add", caseId, "--target", "d1", "--author", "李律师", "--role",
                "LEGAL_ADVISER", "--note", "落款日期缺失", "--page", "1", "--rect", "72,90,200,40", "--json"));
        response = shared.resolve("r.jrresponse");
        CliRunner.ok(CliRunner.in(adviser, "package", "export-response", caseId, "--out", response.toString(), "--json"));
        as("王建国", "OFFICER");
        try (Workspace w = Workspace.open(hostTemplate)) {
            hostKey = WorkstationIdentity.loadOrCreate(w);
        }
        try (Workspace w = Workspace.open(adviser)) {
            adviserKey = WorkstationIdentity.loadOrCreate(w);
        }
        try (Workspace w = Workspace.open(shared.resolve("adviser2"))) {
            secondKey = WorkstationIdentity.loadOrCreate(w);
            secondCert = new TrustedAdvisers(w).exportOwn(shared.resolve("second.pem")).file();
        }
    }

    @AfterAll
    static void clearActor() {
        System.clearProperty("jrw.user");
        System.clearProperty("jrw.role");
    }

    @BeforeEach
    void copyHost() throws IOException {
        host = tmp.resolve("host");
        try (Stream<Path> s = Files.walk(hostTemplate)) {
            for (Path p : s.toList()) {
                Path to = host.resolve(hostTemplate.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, to);
                }
            }
        }
    }

    /** The response re-signed after changing its manifest and entries (layer.json as a tree). */
    private Path craft(String name, SigningIdentity key, Consumer<ObjectNode> manifest, Consumer<ObjectNode> layer,
                       Consumer<TreeMap<String, Object>> entries) throws IOException {
        return craft(response, "layer.json", name, key, manifest, layer, entries);
    }

    /** {@code source} re-signed after changing its manifest, the JSON entry {@code json} (as a tree) and entries. */
    private Path craft(Path source, String json, String name, SigningIdentity key, Consumer<ObjectNode> manifest,
                       Consumer<ObjectNode> layer, Consumer<TreeMap<String, Object>> entries) throws IOException {
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(source, null, tmp.resolve("craft"),
                PackageSource.Limits.defaults())) {
            TreeMap<String, Object> e = new TreeMap<>();
            for (String n : x.names()) {
                if (!n.equals(ExchangePackage.MANIFEST) && !n.equals(ExchangePackage.SIGNATURE)) {
                    e.put(n, Files.readAllBytes(x.path(n)));
                }
            }
            ObjectNode l = (ObjectNode) Json.parse((byte[]) e.get(json));
            layer.accept(l);
            e.put(json, ExchangeSupport.bytes(Json.toMap(l)));
            entries.accept(e);
            ObjectNode m = (ObjectNode) Json.parse(x.bytes(ExchangePackage.MANIFEST, 1 << 20));
            m.remove("files");
            manifest.accept(m);
            Path out = tmp.resolve(name);
            ExchangeSupport.seal(e, new LinkedHashMap<>(Json.toMap(m)), key, out, null);
            return out;
        }
    }

    private Path craftManifest(String name, Consumer<ObjectNode> manifest) throws IOException {
        return craft(name, adviserKey, manifest, l -> { }, e -> { });
    }

    private Path craftLayer(String name, Consumer<ObjectNode> layer) throws IOException {
        return craft(name, adviserKey, m -> { }, layer, e -> { });
    }

    /** What the host holds of the case and the exchange: compared before and after a refusal. */
    private String snapshot() throws IOException {
        StringBuilder s = new StringBuilder();
        try (Workspace w = Workspace.open(host)) {
            String db = w.db().withConnection(c -> AnnotationDao.list(c, caseId).toString() + ReviewDao.views(c, caseId)
                    + ExchangeDao.responses(c, packageId) + ExchangeDao.sent(c, packageId)
                    + ExchangeDao.opinions(c, caseId) + ExchangeDao.trustedAdvisers(c)
                    + AuditDao.list(c, null, null).size());
            s.append(db);
        }
        try (Stream<Path> v = Files.walk(host.resolve("vault"))) {
            s.append(v.map(Path::toString).sorted().toList());
        }
        return s.toString();
    }

    private String refusal(Path file) throws IOException {
        String before = snapshot();
        String key;
        try (Workspace w = Workspace.open(host)) {
            new ExchangeService(w).importResponse(file, Set.of("*"));
            key = null;
        } catch (BadInputException e) {
            assertThat(e.getMessage()).contains(file.getFileName().toString());
            key = (e instanceof ExchangeVerificationException ? "verify " : "bad ") + e.key() + " " + e.getMessage();
        }
        assertThat(snapshot()).as("the host's workspace exactly as before").isEqualTo(before);
        return key;
    }

    private ExchangeService.MergeResult importing(Path file, boolean acceptUnregistered) {
        try (Workspace w = Workspace.open(host)) {
            return new ExchangeService(w).importResponse(file, Set.of(), acceptUnregistered);
        }
    }

    @Test
    void aResponseToAnythingButThePackageSentFromHereIsForeign() throws Exception {
        assertThat(refusal(craftManifest("pkg.jrresponse", m -> ((ObjectNode) m.get("inResponseTo"))
                .put("packageId", "pk-other")))).startsWith("verify exchange.response.foreign");
        assertThat(refusal(craftManifest("nonce.jrresponse", m -> ((ObjectNode) m.get("inResponseTo"))
                .put("nonce", "00".repeat(32))))).startsWith("verify exchange.response.foreign");
        assertThat(refusal(craftManifest("case.jrresponse", m -> ((ObjectNode) m.get("inResponseTo"))
                .put("caseId", "c-other")))).startsWith("verify exchange.response.foreign");
        assertThat(refusal(craftManifest("sender.jrresponse", m -> ((ObjectNode) m.get("inResponseTo"))
                .put("senderCertificateSha256", "ab".repeat(32))))).startsWith("verify exchange.response.foreign");
        assertThat(refusal(craftManifest("none.jrresponse", m -> m.remove("inResponseTo"))))
                .startsWith("verify exchange.response.foreign");
    }

    @Test
    void aMalformedResponseIdOrLayerFieldIsNamed() throws Exception {
        assertThat(refusal(craftManifest("id.jrresponse", m -> m.put("responseId", "../../etc"))))
                .startsWith("bad exchange.package.badManifest").contains("responseId");
        assertThat(refusal(craftLayer("page.jrresponse", l -> ((ObjectNode) l.get("annotations").get(0).get("item"))
                .put("page", "第一页")))).startsWith("bad exchange.package.badManifest").contains("layer.json", "page");
        assertThat(refusal(craftLayer("role.jrresponse", l -> ((ObjectNode) l.get("annotations").get(0).get("item"))
                .remove("role")))).startsWith("bad exchange.package.badManifest").contains("role");
        assertThat(refusal(craftLayer("view.jrresponse", l -> ((ObjectNode) l.get("views").get(0).get("item"))
                .put("kind", "MAYBE")))).startsWith("bad exchange.package.badManifest").contains("kind", "MAYBE");
    }

    @Test
    void aSignedOpinionThatIsMissingOrBrokenIsRefused() throws Exception {
        assertThat(refusal(craftLayer("noopinion.jrresponse", l -> ((ArrayNode) l.get("opinions")).addObject()
                .put("file", "opinion/absent.pdf").put("sha256", "00").put("version", 1))))
                .startsWith("bad exchange.package.badManifest").contains("opinion/absent.pdf");
        assertThat(refusal(craft("junk.jrresponse", adviserKey, m -> { }, l -> ((ArrayNode) l.get("opinions"))
                .addObject().put("file", "opinion/opinion-signed.pdf").put("sha256", "00").put("version", 1),
                e -> e.put("opinion/opinion-signed.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)))))
                .startsWith("verify exchange.opinion.broken");
        byte[] unsigned = EvidenceFixtures.pdf("Joint review opinion, not signed");
        assertThat(refusal(craft("unsigned.jrresponse", adviserKey, m -> { }, l -> ((ArrayNode) l.get("opinions"))
                .addObject().put("file", "opinion/opinion-signed.pdf").put("sha256", "00").put("version", 1),
                e -> e.put("opinion/opinion-signed.pdf", unsigned)))).startsWith("verify exchange.opinion.broken");
    }

    @Test
    void aResponseTamperedAfterSigningOrOfAnotherFormatIsRefused() throws Exception {
        Path tampered = craftLayer("t.jrresponse", l -> { });
        // change layer.json inside the signed package without re-signing
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(tampered, null, tmp.resolve("t"),
                PackageSource.Limits.defaults())) {
            TreeMap<String, Object> e = new TreeMap<>();
            for (String n : x.names()) {
                e.put(n, Files.readAllBytes(x.path(n)));
            }
            e.put("layer.json", new String((byte[]) e.get("layer.json"), StandardCharsets.UTF_8)
                    .replace("落款日期缺失", "同意原处罚").getBytes(StandardCharsets.UTF_8));
            ExchangeArchive.write(tampered, e, null);
        }
        assertThat(refusal(tampered)).startsWith("verify exchange.file.hashMismatch").contains("layer.json");
        assertThat(refusal(shared.resolve("review.jrreview"))).startsWith("bad exchange.package.wrongFormat");
    }

    @Test
    void theFirstAdviserIsPinnedAReplayChangesNothingAndOnlyTheAnsweredPointsAreMerged() throws Exception {
        ExchangeService.MergeResult first = importing(response, false);
        assertThat(first.applied()).isTrue();
        assertThat(first.alreadyImported()).isFalse();
        assertThat(first.adviserRegistered()).isFalse();
        assertThat(first.registrationRequired()).isFalse();
        assertThat(first.annotations()).isEqualTo(1);
        assertThat(first.views()).isEqualTo(1);
        assertThat(first.conflicts()).isEmpty();
        try (Workspace w = Workspace.open(host)) {
            String li = w.db().withConnection(c -> ReviewDao.members(c, caseId)).stream()
                    .filter(m -> m.name().equals("李律师")).findFirst().orElseThrow().id();
            var views = w.db().withConnection(c -> ReviewDao.views(c, caseId));
            assertThat(views).filteredOn(v -> v.memberId().equals(li)).as("the adviser answered LAW only")
                    .extracting(v -> v.point().name() + "=" + v.text()).containsExactly("LAW=应适用第九十七条第七项");
            assertThat(views).filteredOn(v -> !v.memberId().equals(li)).as("the host's own views untouched")
                    .allSatisfy(v -> assertThat(v.kind().name()).isEqualTo("AGREE"));
        }
        // the same response again: nothing new, recorded as already imported
        ExchangeService.MergeResult again = importing(response, false);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.changes()).isEmpty();
        // the same work re-exported under a new response id by the same adviser
        ExchangeService.MergeResult renamed = importing(craftManifest("renamed.jrresponse",
                m -> m.put("responseId", "rs-again")), false);
        assertThat(renamed.alreadyImported()).isTrue();
        assertThat(renamed.changes()).isEmpty();
        // a second adviser's key for the package already answered: refused, nothing written
        Path second = craft("second.jrresponse", secondKey, m -> ((ObjectNode) m.get("adviser")).put("certificateSha256",
                PackageSignature.fingerprint(secondKey.certificate())), l -> { }, e -> { });
        assertThat(refusal(second)).startsWith("verify exchange.response.otherAdviser");
    }

    @Test
    void anUnregisteredSignerIsRefusedWhileAdvisersAreRegisteredUnlessAccepted() throws Exception {
        try (Workspace w = Workspace.open(host)) {
            new TrustedAdvisers(w).add(secondCert, "别的顾问");
        }
        assertThat(refusal(response)).startsWith("verify exchange.response.unregistered");
        try (Workspace w = Workspace.open(host)) {
            ExchangeService.MergeResult preview = new ExchangeService(w).preview(response);
            assertThat(preview.applied()).isFalse();
            assertThat(preview.registrationRequired()).isTrue();
            assertThat(preview.adviserRegistered()).isFalse();
            assertThat(preview.annotations()).isEqualTo(1);
        }
        ExchangeService.MergeResult accepted = importing(response, true);
        assertThat(accepted.applied()).isTrue();
        assertThat(accepted.annotations()).isEqualTo(1);
    }

    @Test
    void aRegisteredAdviserIsNamedAndAReadOnlyWorkspaceImportsNothing() throws Exception {
        Path own = tmp.resolve("li.pem");
        Files.writeString(own, TrustedAdvisers.pem(adviserKey.certificate()));
        try (Workspace w = Workspace.open(host)) {
            new TrustedAdvisers(w).add(own, "李律师");
        }
        String before = snapshot();
        try (Workspace ro = Workspace.openReadOnly(host)) {
            try {
                new ExchangeService(ro).importResponse(response, Set.of());
                throw new AssertionError("imported into a read-only workspace");
            } catch (BadInputException e) {
                assertThat(e.key()).isEqualTo("exchange.readOnlyWorkspace");
            }
        }
        assertThat(snapshot()).isEqualTo(before);
        ExchangeService.MergeResult r = importing(response, false);
        assertThat(r.registeredAdviser()).isEqualTo("李律师");
        assertThat(r.adviserRegistered()).isTrue();
        assertThat(r.adviser()).contains("李律师");
    }

    @Test
    void theMergedOpinionAndTheReceivedMarkAreReadBack() {
        try (Workspace w = Workspace.open(host)) {
            ExchangeService s = new ExchangeService(w);
            assertThat(s.mergedOpinion(CASE)).isNull();
            assertThat(s.isReceived(CASE)).isFalse();
        }
    }

    // ------------------------------------------------------------------ the adviser opens a review package

    private Path craftReview(String name, String json, Consumer<ObjectNode> manifest, Consumer<ObjectNode> layer)
            throws IOException {
        return craft(shared.resolve("review.jrreview"), json, name, hostKey, manifest, layer, e -> { });
    }

    private String openRefusal(Path file) {
        Path adv = tmp.resolve("adv");
        try (Workspace w = Workspace.open(adv)) {
            try {
                new ExchangeService(w).open(file, null, org.jrw.logic.task.Progress.NONE);
            } catch (BadInputException e) {
                assertThat(w.db().withConnection(c -> org.jrw.persistence.CaseDao.load(c, caseId)).isPresent()
                        || w.db().withConnection(c -> ExchangeDao.received(c, caseId)).isPresent()
                        || !w.db().withConnection(c -> AnnotationDao.list(c, caseId)).isEmpty())
                        .as("nothing of the package written").isFalse();
                return e.key() + " " + e.getMessage();
            }
        }
        return null;
    }

    @Test
    void aReviewPackageWithABadCaseIdForeignViewsOrMalformedFieldsIsNotOpened() throws Exception {
        assertThat(openRefusal(craftReview("id.jrreview", "layer/review.json",
                m -> ((ObjectNode) m.get("case")).put("caseId", "../evil"), l -> { })))
                .startsWith("exchange.package.badManifest").contains("case/packageId/nonce");
        assertThat(openRefusal(craftReview("nonce.jrreview", "layer/review.json", m -> m.remove("nonce"), l -> { })))
                .startsWith("exchange.package.badManifest");
        assertThat(openRefusal(craftReview("views.jrreview", "layer/review.json", m -> { },
                l -> ((ObjectNode) l.get("views").get(0)).put("memberId", "m-stranger"))))
                .startsWith("exchange.package.badManifest").contains("views: m-stranger");
        assertThat(openRefusal(craftReview("members.jrreview", "layer/review.json", m -> { },
                l -> l.put("members", "全体")))).startsWith("exchange.package.badManifest").contains("members", "全体");
        assertThat(openRefusal(craftReview("version.jrreview", "layer/review.json", m -> { },
                l -> l.put("version", "二")))).startsWith("exchange.package.badManifest").contains("version");
        assertThat(openRefusal(craftReview("page.jrreview", "layer/annotations.json", m -> { },
                l -> ((ObjectNode) l.get("annotations").get(0)).put("page", "一")))).startsWith(
                "exchange.package.badManifest").contains("page", "一");
        assertThat(openRefusal(craftReview("forged.jrreview", "layer/review.json", m -> { }, l -> { })))
                .as("the crafting itself is sound: the same package re-signed opens").isNull();
    }

    @Test
    void aReviewPackageOpensOnceIsInspectedAndMeetsNoCaseOfTheSameId() throws Exception {
        Path review = shared.resolve("review.jrreview");
        try (Workspace w = Workspace.open(tmp.resolve("adv"))) {
            ExchangeService s = new ExchangeService(w);
            ExchangeService.OpenResult peek = s.inspect(review, null);
            assertThat(peek.caseNumber()).isEqualTo(CASE);
            assertThat(peek.annotations()).isEqualTo(1);
            assertThat(peek.views()).as("the officer's view on every point")
                    .isEqualTo(org.jrw.model.review.ReviewPoint.values().length);
            ExchangeService.OpenResult first = s.open(review, null, org.jrw.logic.task.Progress.NONE);
            assertThat(first.alreadyOpen()).isFalse();
            assertThat(first.annotations()).isEqualTo(1);
            assertThat(s.isReceived(CASE)).isTrue();
            assertThat(s.open(review, null, org.jrw.logic.task.Progress.NONE).alreadyOpen()).isTrue();
        }
        // the host itself has the case: not overwritten
        try (Workspace w = Workspace.open(host)) {
            String before = snapshot0(w);
            try {
                new ExchangeService(w).open(review, null, org.jrw.logic.task.Progress.NONE);
                throw new AssertionError("opened over an existing case");
            } catch (BadInputException e) {
                assertThat(e.key()).isEqualTo("exchange.open.caseExists");
                assertThat(e.getMessage()).contains(CASE);
            }
            assertThat(snapshot0(w)).isEqualTo(before);
        }
    }

    private String snapshot0(Workspace w) {
        String db = w.db().withConnection(c -> AnnotationDao.list(c, caseId).toString() + ReviewDao.views(c, caseId)
                + ExchangeDao.received(c, caseId) + AuditDao.list(c, null, null).size());
        return db;
    }

    @Test
    void aSubsetIsSentEncryptedAndAnUnknownItemWritesNothing() throws Exception {
        Path out = tmp.resolve("subset.jrreview");
        char[] pw = "geheim".toCharArray();
        try (Workspace w = Workspace.open(host)) {
            ExchangeService s = new ExchangeService(w);
            String before = snapshot0(w);
            try {
                s.exportReview(CASE, out, pw, Set.of("d1", "x-unknown"), org.jrw.logic.task.Progress.NONE);
                throw new AssertionError("exported an unknown item");
            } catch (BadInputException e) {
                assertThat(e.key()).isEqualTo("exchange.subset.unknown");
                assertThat(e.getMessage()).contains("x-unknown");
            }
            assertThat(out).doesNotExist();
            assertThat(snapshot0(w)).isEqualTo(before);
            ExchangeService.ExportResult r = s.exportReview(CASE, out, pw, Set.of("d1"), org.jrw.logic.task.Progress.NONE);
            assertThat(r.encrypted()).isTrue();
            assertThat(r.documents()).isEqualTo(1);
            assertThat(r.evidence()).isZero();
        }
        try (Workspace w = Workspace.open(tmp.resolve("adv"))) {
            ExchangeService s = new ExchangeService(w);
            try {
                s.inspect(out, null);
                throw new AssertionError("opened without the password");
            } catch (BadInputException e) {
                assertThat(e.key()).isEqualTo("exchange.package.needsPassword");
            }
            ExchangeService.OpenResult o = s.open(out, "geheim".toCharArray(), org.jrw.logic.task.Progress.NONE);
            assertThat(o.documents()).isEqualTo(1);
            assertThat(o.evidence()).isZero();
        }
    }

    @Test
    void annotationsThatDoNotFitTheirTargetsAreConflictsNeverMerged() throws Exception {
        Path r = craftLayer("fit.jrresponse", l -> {
            ArrayNode list = (ArrayNode) l.get("annotations");
            ObjectNode own = (ObjectNode) list.get(0).get("item");
            ObjectNode p99 = own.deepCopy().put("id", "a-p99").put("page", 99);
            ObjectNode blank = own.deepCopy().put("id", "a-blank").put("parentId", own.get("id").asText())
                    .put("note", "  ");
            blank.remove("page");
            blank.putArray("rects");
            ObjectNode gone = own.deepCopy().put("id", "a-gone").put("target", "d-gone");
            ObjectNode changed = own.deepCopy().put("id", "a-chg").put("targetSha256", "0".repeat(64));
            for (ObjectNode x : List.of(p99, blank, gone, changed)) {
                list.addObject().set("item", x);
            }
        });
        String before = snapshot();
        ExchangeService.MergeResult preview;
        try (Workspace w = Workspace.open(host)) {
            preview = new ExchangeService(w).preview(r);
        }
        assertThat(snapshot()).as("a preview writes nothing").isEqualTo(before);
        Map<String, String> reasons = new LinkedHashMap<>();
        preview.conflicts().forEach(c -> reasons.put(c.key(), c.reason()));
        assertThat(reasons).containsEntry("annotation:a-p99", "invalid").containsEntry("annotation:a-blank", "invalid")
                .containsEntry("annotation:a-gone", "unknownTarget").containsEntry("annotation:a-chg", "targetChanged");
        assertThat(preview.annotations()).as("only the adviser's sound annotation").isEqualTo(1);
        ExchangeService.MergeResult taken;
        try (Workspace w = Workspace.open(host)) {
            taken = new ExchangeService(w).importResponse(r, Set.of("*"));
        }
        assertThat(taken.annotations()).as("taking theirs does not place what does not fit").isEqualTo(1);
        try (Workspace w = Workspace.open(host)) {
            List<org.jrw.model.Annotation> stored = w.db().withConnection(c -> AnnotationDao.list(c, caseId));
            assertThat(stored).extracting(org.jrw.model.Annotation::id)
                    .doesNotContain("a-p99", "a-blank", "a-gone", "a-chg");
        }
    }

    @Test
    void anEmptyPasswordSendsUnencryptedAndAnEmptySubsetSendsTheWholeCase() throws Exception {
        try (Workspace w = Workspace.open(host)) {
            ExchangeService s = new ExchangeService(w);
            ExchangeService.ExportResult whole = s.exportReview(CASE, tmp.resolve("whole.jrreview"), null, null,
                    org.jrw.logic.task.Progress.NONE);
            Path out = tmp.resolve("empty.jrreview");
            ExchangeService.ExportResult r = s.exportReview(CASE, out, new char[0], Set.of(),
                    org.jrw.logic.task.Progress.NONE);
            assertThat(r.encrypted()).isFalse();
            assertThat(r.documents()).isEqualTo(whole.documents()).isPositive();
            assertThat(r.evidence()).isEqualTo(whole.evidence()).isPositive();
            try (ExchangeArchive.Extracted x = ExchangeArchive.read(out, null, tmp.resolve("staging"),
                    org.jrw.logic.dossier.PackageSource.Limits.defaults())) {
                assertThat(x.encrypted()).as("opens without a password").isFalse();
            }
            ExchangeService.ExportResult evidenceOnly = s.exportReview(CASE, tmp.resolve("e1.jrreview"), null,
                    Set.of("e1"), org.jrw.logic.task.Progress.NONE);
            assertThat(evidenceOnly.documents()).isZero();
            assertThat(evidenceOnly.evidence()).isEqualTo(1);
        }
    }
}
