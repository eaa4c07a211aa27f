package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} says, as the 案卷评查 tab does, that a score from the example model is for reference only. */
class EvaluateCaveatTest {
    @TempDir
    Path tmp;

    @Test
    void theExampleModelsScoreCarriesItsCaveat() throws Exception {
        Path ws = tmp.resolve("ws");
        CliRunner.ok(CliRunner.in(ws, "--json", "case", "import",
                Path.of("resources/demo/demo.jrcase").toAbsolutePath().toString()));
        CliRunner.ok(CliRunner.in(ws, "--json", "workspace", "jurisdiction", "陕西省西安市雁塔区"));
        CliRunner.Run human = CliRunner.in(ws, "evaluate", "西应急罚〔2024〕37号");
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.err()).contains("示例模型", "不是陕西省西安市", "仅供参考");
        CliRunner.Run json = CliRunner.in(ws, "--json", "evaluate", "西应急罚〔2024〕37号");
        assertThat(Json.readMap(json.out())).containsKeys("score", "grade", "items"); // stdout stays the contract's
    }
}
