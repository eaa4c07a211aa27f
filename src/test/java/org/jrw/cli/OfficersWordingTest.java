package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that names no officer says so, not "只有 0 名"; one officer is still counted. */
class OfficersWordingTest {
    @TempDir
    Path tmp;

    private String message(TestPackages.Pkg p, String name) throws Exception {
        Path ws = tmp.resolve(name);
        Path pkg = p.writeZip(tmp.resolve(name + ".jrcase"));
        assertThat(CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString()).code()).isZero();
        JsonNode check = CliRunner.ok(CliRunner.in(ws, "--json", "check", "西应急罚〔2024〕99号"));
        for (JsonNode f : check.get("findings")) {
            if (f.get("code").asText().equals("OFFICERS_INSUFFICIENT")) {
                return f.get("message").asText();
            }
        }
        return null;
    }

    @Test
    void noOfficerIsSaidSo() throws Exception {
        TestPackages.Pkg none = TestPackages.valid();
        ((ArrayNode) none.manifest.get("officers")).removeAll();
        assertThat(message(none, "none")).isEqualTo("案卷未载明持有执法证件的执法人员（应当不少于 2 名）");
        TestPackages.Pkg one = TestPackages.valid();
        ((ArrayNode) one.manifest.get("officers")).remove(1);
        assertThat(message(one, "one")).contains("只有 1 名");
    }
}
