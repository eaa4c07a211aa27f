package org.jrw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.jrw.testing.EvidenceFixtures;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code annotation add/list} per shared/spec/cli.md: JSON shape, exit codes, nothing written on bad input. */
class AnnotationCommandsTest {
    static final String CASE = "西应急罚〔2024〕55号";
    @TempDir
    Path tmp;
    Path ws;

    @BeforeEach
    void importCase() throws Exception {
        ws = tmp.resolve("ws");
        Path pkg = EvidenceFixtures.pkg(CASE).writeZip(tmp.resolve("in.jrcase"));
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", pkg.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    private CliRunner.Run cli(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    @Test
    void addThenListGivesTheContractShape() throws Exception {
        CliRunner.Run a = cli("annotation", "add", CASE, "--target", "d1", "--author", "王某", "--role", "LEGAL_ADVISER",
                "--note", "签名页缺少当事人签字", "--kind", "瑕疵", "--page", "2", "--rect", "72,100.5,200,40", "--json");
        assertThat(a.code()).as(a.err()).isZero();
        JsonNode added = Json.parse(a.out());
        assertThat(added.size()).isEqualTo(1);
        String id = added.get("annotationId").asText();
        assertThat(id).isNotBlank();

        CliRunner.Run t = cli("annotation", "add", CASE, "--target", "e2", "--author", "赵某", "--role", "EXPERT",
                "--note", "第 1 秒处有提示音", "--time", "0.5,2.5", "--json");
        assertThat(t.code()).as(t.err()).isZero();
        CliRunner.Run img = cli("annotation", "add", CASE, "--target", "e1", "--author", "李某", "--role", "officer",
                "--note", "复印件未加盖公章", "--rect", "10,10,100,50");
        assertThat(img.code()).as(img.err()).isZero();

        CliRunner.Run l = cli("annotation", "list", CASE, "--json");
        assertThat(l.code()).as(l.err()).isZero();
        JsonNode list = Json.parse(l.out()).get("annotations");
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(iterable(first)).containsExactly("id", "target", "author", "role", "kind", "note", "page", "rect",
                "time", "status");
        assertThat(first.get("id").asText()).isEqualTo(id);
        assertThat(first.get("target").asText()).isEqualTo("d1");
        assertThat(first.get("author").asText()).isEqualTo("王某");
        assertThat(first.get("role").asText()).isEqualTo("LEGAL_ADVISER");
        assertThat(first.get("kind").asText()).isEqualTo("DEFECT");
        assertThat(first.get("note").asText()).isEqualTo("签名页缺少当事人签字");
        assertThat(first.get("page").asInt()).isEqualTo(2);
        assertThat(first.get("rect").get(1).asDouble()).isEqualTo(100.5);
        assertThat(first.get("rect").get(2).asDouble()).isEqualTo(200);
        assertThat(first.get("time").isNull()).isTrue();
        assertThat(first.get("status").asText()).isEqualTo("open");
        JsonNode media = list.get(1);
        assertThat(media.get("page").isNull()).isTrue();
        assertThat(media.get("rect").isNull()).isTrue();
        assertThat(media.get("time").get(0).asDouble()).isEqualTo(0.5);
        assertThat(media.get("time").get(1).asDouble()).isEqualTo(2.5);
        assertThat(media.get("kind").asText()).isEqualTo("NOTE");
        assertThat(list.get(2).get("role").asText()).isEqualTo("OFFICER");
    }

    private static java.util.List<String> iterable(JsonNode n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--target|d404",                       // unknown target
            "--target|d1|--page|3|--rect|10,10,50,50",   // the PDF has 2 pages
            "--target|d1|--page|0|--rect|10,10,50,50",
            "--target|d1|--page|1|--rect|10,10,50",      // malformed rectangle
            "--target|d1|--page|1|--rect|a,b,c,d",
            "--target|d1|--page|1|--rect|10,10,-5,20",
            "--target|d1|--page|1|--rect|500,700,200,200", // off the A4 page
            "--target|d1|--rect|10,10,50,50",            // rectangle on a PDF without a page
            "--target|e2|--time|2",                      // malformed time range
            "--target|e2|--time|3,1",
            "--target|e2|--time|1,9",                    // beyond the 3 s recording
            "--target|e2|--time|x,y",
            "--target|d1|--time|1,2",                    // a time range on a PDF
            "--target|e1|--rect|300,200,200,200",        // off the 400 x 300 image
            "--target|d1|--role|JUDGE",                  // unknown role
            "--target|d1|--kind|随便",                     // unknown kind
    })
    void badInputExitsWithTwoAndWritesNothing(String spec) throws Exception {
        Map<String, String> before = TestPackages.snapshot(ws);
        String[] given = spec.split("\\|");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("annotation", "add", CASE));
        args.addAll(java.util.List.of(given));
        if (!args.contains("--role")) {
            args.addAll(java.util.List.of("--role", "EXPERT"));
        }
        args.addAll(java.util.List.of("--author", "赵某", "--note", "x", "--json"));
        CliRunner.Run r = cli(args.toArray(String[]::new));
        assertThat(r.code()).as(spec + "\n" + r.err()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
        assertThat(Json.parse(r.out()).get("error").get("exitCode").asInt()).isEqualTo(2);
        assertThat(TestPackages.snapshot(ws)).as("workspace unchanged").isEqualTo(before);
        assertThat(Json.parse(cli("annotation", "list", CASE, "--json").out()).get("annotations")).isEmpty();
    }

    @Test
    void unknownCaseIsBadInput() {
        CliRunner.Run r = cli("annotation", "list", "西应急罚〔2099〕1号", "--json");
        assertThat(r.code()).isEqualTo(2);
        CliRunner.Run a = cli("annotation", "add", "nope", "--target", "d1", "--author", "a", "--role", "CHAIR",
                "--note", "x");
        assertThat(a.code()).isEqualTo(2);
    }

    /** Control characters (ESC from a terminal, NUL) are not stored; line breaks are; a note of nothing else is blank. */
    @Test
    void controlCharactersInANoteAreNotStored() throws Exception {
        CliRunner.Run a = cli("annotation", "add", CASE, "--target", "d1", "--author", "王某", "--role", "OFFICER",
                "--note", "第一行\u001b[31m\r\n第二行\u0000", "--json");
        assertThat(a.code()).as(a.err()).isZero();
        JsonNode list = Json.parse(cli("annotation", "list", CASE, "--json").out()).get("annotations");
        assertThat(list.get(list.size() - 1).get("note").asText()).isEqualTo("第一行 [31m\n第二行");
        CliRunner.Run blank = cli("annotation", "add", CASE, "--target", "d1", "--author", "王某", "--role", "OFFICER",
                "--note", "\u001b\u0007");
        assertThat(blank.code()).isEqualTo(2);
        assertThat(Json.parse(cli("annotation", "list", CASE, "--json").out()).get("annotations")).hasSize(list.size());
    }

    @Test
    void missingRequiredOptionIsUsageError() {
        CliRunner.Run r = cli("annotation", "add", CASE, "--target", "d1", "--author", "a", "--role", "CHAIR");
        assertThat(r.code()).isEqualTo(2);
        // in the user's language, naming the option (picocli's own words are English)
        assertThat(r.err()).contains("缺少必需的选项或参数：--note=TEXT");
        CliRunner.Run twice = cli("annotation", "list", CASE, "--json", "--json");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("选项 --json 只能给一次");
        CliRunner.Run unknown = cli("annotation", "list", CASE, "--colour", "red");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("无法识别的参数：--colour");
        CliRunner.Run notANumber = cli("annotation", "add", CASE, "--target", "d1", "--author", "a", "--role", "CHAIR",
                "--note", "n", "--page", "abc");
        assertThat(notANumber.code()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--page 的取值“abc”无效：应为整数");
    }
}
