package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings and 案卷评查 name a violation by its place in the case (第1项违法行为), never by its id (v1). */
class ViolationWordingTest {
    @TempDir
    Path tmp;

    @Test
    void aViolationWithoutEvidenceIsNamedByItsPlace() throws Exception {
        Path ws = tmp.resolve("ws");
        TestPackages.Pkg p = TestPackages.valid();
        ((ObjectNode) p.manifest.get("evidence").get(0)).putArray("proves");
        // a second violation, so that the place is what tells them apart
        ObjectNode v2 = ((com.fasterxml.jackson.databind.node.ArrayNode) p.manifest.get("violations")).addObject();
        v2.setAll(((ObjectNode) p.manifest.get("violations").get(0)).deepCopy());
        v2.put("id", "v2");
        v2.put("facts", "短");
        Path pkg = p.writeZip(tmp.resolve("c.jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();

        JsonNode check = CliRunner.ok(CliRunner.in(ws, "--json", "check", "西应急罚〔2024〕99号"));
        StringBuilder messages = new StringBuilder();
        for (JsonNode f : check.get("findings")) {
            if (f.get("code").asText().equals("EVIDENCE_NOT_LINKED")) {
                messages.append(f.get("message").asText()).append('\n');
            }
        }
        assertThat(messages.toString()).contains("第1项违法行为没有任何证据证明", "第2项违法行为没有任何证据证明")
                .doesNotContain("v1", "v2");

        JsonNode eval = CliRunner.ok(CliRunner.in(ws, "--json", "evaluate", "西应急罚〔2024〕99号"));
        String reasons = eval.findValuesAsText("reason").toString();
        assertThat(reasons).contains("第2项违法行为的事实描述过于简略").doesNotContain("违法行为 v");
    }
}
