package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a response may change once the host's review is frozen by a recorded signature (issue 24:
 * the merge plan's branches where trust is decided), through {@code package import-response}:
 * the adviser's views are reported as conflicts and never merged, while the adviser's new
 * annotations still are.
 */
class ResponseMergeRulesTest {
    static final String CASE = "西应急罚〔2024〕95号";

    @TempDir
    Path tmp;
    Path host;
    Path adviser;
    Path pw;

    private static void as(String name, String role) {
        System.setProperty("jrw.user", name);
        System.setProperty("jrw.role", role);
    }

    @AfterEach
    void clearActor() {
        System.clearProperty("jrw.user");
        System.clearProperty("jrw.role");
    }

    @BeforeEach
    void setUp() throws Exception {
        host = tmp.resolve("host");
        adviser = tmp.resolve("adviser");
        pw = Files.writeString(tmp.resolve("pw.txt"), "s3cret-pass\n");
        as("王建国", "OFFICER");
        CliRunner.ok(CliRunner.in(host, "case", "import", EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"))
                .toString(), "--json"));
        CliRunner.ok(CliRunner.in(host, "review", "member", CASE, "--name", "王建国", "--role", "OFFICER",
                "--create-identity", tmp.resolve("wang.p12").toString(), "--password-file", pw.toString(), "--json"));
        CliRunner.ok(CliRunner.in(host, "review", "member", CASE, "--name", "李律师", "--role", "LEGAL_ADVISER", "--json"));
        CliRunner.ok(CliRunner.in(host, "review", "member", CASE, "--name", "赵工", "--role", "EXPERT", "--json"));
        for (String m : List.of("王建国", "赵工")) {
            CliRunner.ok(CliRunner.in(host, "review", "view", CASE, "--member", m, "--point", "ALL", "--view", "同意",
                    "--json"));
        }
        CliRunner.ok(CliRunner.in(host, "review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元",
                "--json"));
    }

    @Test
    void aFrozenReviewTakesTheAdvisersAnnotationsButNotTheirViews() throws Exception {
        CliRunner.ok(CliRunner.in(host, "review", "view", CASE, "--member", "李律师", "--point", "ALL", "--view", "同意",
                "--json"));
        Path review = tmp.resolve("review.jrreview");
        CliRunner.ok(CliRunner.in(host, "package", "export-review", CASE, "--out", review.toString(), "--json"));
        as("李律师", "LEGAL_ADVISER");
        String caseId = CliRunner.ok(CliRunner.in(adviser, "package", "open", review.toString(), "--json"))
                .get("caseId").asText();
        CliRunner.ok(CliRunner.in(adviser, "review", "view", caseId, "--member", "李律师", "--point", "LAW", "--view",
                "有异议", "--text", "应适用第九十七条第七项", "--json"));
        CliRunner.ok(CliRunner.in(adviser, "annotation", "add", caseId, "--target", "d1", "--author", "李律师", "--role",
                "LEGAL_ADVISER", "--note", "落款日期缺失", "--page", "1", "--rect", "72,90,200,40", "--json"));
        Path resp = tmp.resolve("r.jrresponse");
        CliRunner.ok(CliRunner.in(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));

        // meanwhile the host signs the opinion: the review is frozen
        as("王建国", "OFFICER");
        Path pdf = tmp.resolve("opinion.pdf");
        CliRunner.ok(CliRunner.in(host, "opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        CliRunner.ok(CliRunner.in(host, "sign", pdf.toString(), "--keystore", tmp.resolve("wang.p12").toString(),
                "--password-file", pw.toString(), "--role", "OFFICER", "--out", pdf.toString(), "--json"));

        JsonNode r = CliRunner.ok(CliRunner.in(host, "package", "import-response", resp.toString(), "--json"));
        List<String> reasons = new ArrayList<>();
        r.get("conflicts").forEach(c -> reasons.add(c.get("item").asText() + "=" + c.get("reason").asText()));
        assertThat(reasons).anyMatch(s -> s.startsWith("view:LAW:") && s.endsWith("=reviewFrozen"));
        assertThat(r.get("annotations").asInt()).isEqualTo(1);
        String shown = CliRunner.ok(CliRunner.in(host, "review", "show", CASE, "--json")).toString();
        assertThat(shown).doesNotContain("应适用第九十七条第七项");
        assertThat(CliRunner.ok(CliRunner.in(host, "annotation", "list", CASE, "--json")).toString()).contains("落款日期缺失");
        // taking theirs does not unfreeze a signed review either
        JsonNode taken = CliRunner.ok(CliRunner.in(host, "package", "import-response", resp.toString(), "--take-theirs",
                "*", "--json"));
        assertThat(taken.toString()).contains("reviewFrozen");
        assertThat(CliRunner.ok(CliRunner.in(host, "review", "show", CASE, "--json")).toString())
                .doesNotContain("应适用第九十七条第七项");
    }

    /** The adviser's side: open the package, record a view, render and sign (as a draft or not), respond. */
    private Path adviserResponds(boolean viewBeforeRendering, boolean viewAfterSigning) throws Exception {
        Path review = tmp.resolve("review.jrreview");
        CliRunner.ok(CliRunner.in(host, "package", "export-review", CASE, "--out", review.toString(), "--json"));
        CliRunner.ok(CliRunner.run("identity", "create", "--name", "李律师", "--role", "LEGAL_ADVISER", "--out",
                tmp.resolve("li.p12").toString(), "--password-file", pw.toString(), "--json"));
        as("李律师", "LEGAL_ADVISER");
        String caseId = CliRunner.ok(CliRunner.in(adviser, "package", "open", review.toString(), "--json"))
                .get("caseId").asText();
        Path pdf = tmp.resolve("opinion-adviser.pdf");
        if (viewBeforeRendering) {
            CliRunner.ok(CliRunner.in(adviser, "review", "view", caseId, "--member", "李律师", "--point", "ALL",
                    "--view", "同意", "--json"));
        }
        // with only this point the adviser's other points are open and the opinion is a draft
        CliRunner.ok(CliRunner.in(adviser, "review", "view", caseId, "--member", "李律师", "--point", "EVIDENCE",
                "--view", "补充意见", "--text", "建议补充照片的拍摄信息", "--json"));
        CliRunner.ok(CliRunner.in(adviser, "opinion", "render", caseId, "--out", pdf.toString(), "--json"));
        CliRunner.ok(CliRunner.in(adviser, "sign", pdf.toString(), "--keystore", tmp.resolve("li.p12").toString(),
                "--password-file", pw.toString(), "--role", "LEGAL_ADVISER", "--out", pdf.toString(), "--json"));
        if (viewAfterSigning) {
            CliRunner.ok(CliRunner.in(adviser, "review", "view", caseId, "--member", "李律师", "--point", "LAW",
                    "--view", "补充意见", "--text", "签名后补充的意见", "--new-version", "--json"));
        }
        Path resp = tmp.resolve("r.jrresponse");
        CliRunner.ok(CliRunner.in(adviser, "package", "export-response", caseId, "--out", resp.toString(), "--json"));
        as("王建国", "OFFICER");
        return resp;
    }

    private static List<String> reasons(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("conflicts").forEach(c -> out.add(c.get("reason").asText()));
        return out;
    }

    @Test
    void aSignedOpinionThatMatchesTheMergedReviewIsTakenAndAStaleOneIsNot() throws Exception {
        Path resp = adviserResponds(true, false);
        JsonNode preview = CliRunner.ok(CliRunner.in(host, "package", "import-response", resp.toString(), "--preview",
                "--json"));
        assertThat(reasons(preview)).doesNotContain("opinionMismatch", "opinionDraft", "opinionSigner");
        assertThat(preview.get("signedOpinions").asInt()).isEqualTo(1);
    }

    @Test
    void anOpinionSignedBeforeTheAdvisersLastViewDoesNotMatchTheMergedReview() throws Exception {
        Path resp = adviserResponds(true, true);
        JsonNode preview = CliRunner.ok(CliRunner.in(host, "package", "import-response", resp.toString(), "--preview",
                "--json"));
        assertThat(preview.get("signedOpinions").asInt()).isZero();
        assertThat(reasons(preview)).contains("opinionMismatch");
    }

    @Test
    void aDraftTheAdviserSignedNeverArrivesAsASignature() throws Exception {
        Path resp = adviserResponds(false, false);
        JsonNode preview = CliRunner.ok(CliRunner.in(host, "package", "import-response", resp.toString(), "--preview",
                "--json"));
        // signing a draft is not recorded on the adviser's side, so the response carries no opinion at all
        assertThat(preview.get("signedOpinions").asInt()).isZero();
        assertThat(reasons(preview)).doesNotContain("opinionMismatch", "opinionSigner");
    }
}
