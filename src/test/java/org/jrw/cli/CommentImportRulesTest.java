package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which comments of a reviewer's XFDF become annotations, replies or nothing (issue 24: the
 * merge plan of comment imports, branch by branch), through {@code package import-comments}:
 * review states, empty replies, pages the exported PDF does not map, the host's own exported
 * comments unchanged or edited, replies to replies, and a comment without an author.
 */
class CommentImportRulesTest {
    static final String CASE = "西应急罚〔2024〕96号";

    @TempDir
    Path tmp;
    Path ws;
    String pdfId;
    String hostKey;

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "case", "import", EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("c.jrcase"))
                .toString(), "--json"));
        CliRunner.ok(CliRunner.in(ws, "annotation", "add", CASE, "--target", "d1", "--author", "王建国", "--role",
                "OFFICER", "--note", "原有批注", "--page", "1", "--rect", "72,90,200,40", "--json"));
        Path pdf = tmp.resolve("dossier.pdf");
        CliRunner.ok(CliRunner.in(ws, "package", "export-pdf", CASE, "--out", pdf.toString(), "--json"));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pdfId = HexFormat.of().formatHex(((org.apache.pdfbox.cos.COSString) d.getDocument().getDocumentID().get(0))
                    .getBytes());
            for (PDPage p : d.getPages()) {
                for (PDAnnotation a : p.getAnnotations()) {
                    if ("原有批注".equals(a.getContents()) && a.getAnnotationName() != null) {
                        hostKey = a.getAnnotationName();
                    }
                }
            }
        }
        assertThat(hostKey).as("the host's annotation is exported as a named comment").isNotNull();
    }

    private JsonNode importXfdf(String annots, String... extra) throws Exception {
        String xfdf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xfdf xmlns=\"http://ns.adobe.com/xfdf/\">"
                + "<f href=\"dossier.pdf\"/><ids original=\"" + pdfId + "\" modified=\"" + pdfId + "\"/><annots>"
                + annots + "</annots></xfdf>";
        Path f = Files.writeString(tmp.resolve("c" + System.nanoTime() + ".xfdf"), xfdf);
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"package", "import-comments", CASE, "--xfdf", f.toString(), "--json"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return CliRunner.ok(CliRunner.in(ws, args));
    }

    private static int skipped(JsonNode r, String reason) {
        return r.path("skipped").path(reason).asInt(0);
    }

    @Test
    void statesEmptyRepliesAndUnmappedPagesAreSkippedRepliesToRepliesJoinTheThread() throws Exception {
        JsonNode r = importXfdf("""
                <square page="1" rect="100,592,250,642" title="孙律师" name="k1"><contents>落款缺少日期</contents></square>
                <text page="1" rect="100,622,120,642" title="孙律师" name="k2" inreplyto="k1"><contents>见附件</contents></text>
                <text page="1" rect="100,622,120,642" title="王建国" name="k3" inreplyto="k2"><contents>已补正</contents></text>
                <text page="1" rect="100,622,120,642" title="孙律师" name="k4" inreplyto="k1"><contents> </contents></text>
                <text page="1" rect="100,622,120,642" title="孙律师" name="k5" inreplyto="k1" state="Accepted" statemodel="Review"/>
                <square page="99" rect="100,592,250,642" title="孙律师" name="k6"><contents>不存在的页</contents></square>
                """);
        assertThat(r.get("added").asInt()).isEqualTo(1);
        assertThat(r.get("replies").asInt()).isEqualTo(2);
        assertThat(skipped(r, "state")).isEqualTo(1);
        assertThat(skipped(r, "empty")).isEqualTo(1);
        assertThat(skipped(r, "unmapped")).isEqualTo(1);
        String root = null;
        for (JsonNode i : r.get("items")) {
            if (i.get("key").asText().equals("k1")) {
                root = i.get("id").asText();
            }
        }
        assertThat(root).isNotNull();
        for (JsonNode i : r.get("items")) {
            if (i.get("action").asText().equals("reply")) {
                // a reply to a reply is recorded on the thread's first comment: threads are one level deep
                assertThat(i.get("parentId").asText()).isEqualTo(root);
            }
        }
        // the same file again writes nothing
        JsonNode again = importXfdf("""
                <square page="1" rect="100,592,250,642" title="孙律师" name="k1"><contents>落款缺少日期</contents></square>
                """);
        assertThat(again.get("annotations").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void theHostsExportedCommentComesBackUnchangedOrAsAReplyWhenEditedInTheReader() throws Exception {
        JsonNode same = importXfdf("<square page=\"1\" rect=\"72,700,272,740\" title=\"王建国\" name=\"" + hostKey
                + "\"><contents>原有批注</contents></square>");
        assertThat(same.get("annotations").asInt()).isZero();
        assertThat(skipped(same, "exported")).isEqualTo(1);

        JsonNode edited = importXfdf("<square page=\"1\" rect=\"72,700,272,740\" title=\"孙律师\" name=\"" + hostKey
                + "\"><contents>原有批注（应为第二页）</contents></square>");
        assertThat(edited.get("replies").asInt()).isEqualTo(1);
        JsonNode reply = edited.get("items").get(0);
        assertThat(reply.get("action").asText()).isEqualTo("reply");
        assertThat(reply.get("note").asText()).contains("原有批注（应为第二页）");
        assertThat(reply.get("parentId").asText()).as("the edit is kept as a reply on the host's thread").isNotBlank();
    }

    @Test
    void aCommentWithoutAnAuthorTakesTheGivenNameOrIsMarkedUnknown() throws Exception {
        JsonNode named = importXfdf("<square page=\"1\" rect=\"100,592,250,642\" name=\"n1\"><contents>甲</contents></square>",
                "--author", "周顾问");
        JsonNode unknown = importXfdf("<square page=\"1\" rect=\"100,500,250,550\" name=\"n2\"><contents>乙</contents></square>");
        Map<String, String> authors = new java.util.HashMap<>();
        for (JsonNode i : named.get("items")) {
            authors.put(i.get("key").asText(), i.get("author").asText());
        }
        for (JsonNode i : unknown.get("items")) {
            authors.put(i.get("key").asText(), i.get("author").asText());
        }
        assertThat(authors.get("n1")).isEqualTo("周顾问");
        assertThat(authors.get("n2")).isNotBlank().isNotEqualTo("周顾问");
    }
}
