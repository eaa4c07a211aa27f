package org.jrw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jrw.codec.Json;
import org.jrw.logic.law.ChineseNumerals;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code law import}: TXT and DOCX in 章/条/款/项, versions side by side, validation with nothing written. */
class LawImportCommandTest {
    @TempDir
    Path tmp;

    /** A regulation text of {@code n} articles in chapters of ten, as a bureau has it (test text). */
    static String regulation(String title, int n) {
        StringBuilder sb = new StringBuilder(title).append("\n");
        for (int i = 1; i <= n; i++) {
            if (i % 10 == 1) {
                sb.append("第").append(ChineseNumerals.format(i / 10 + 1)).append("章　第").append(i / 10 + 1).append("部分\n");
            }
            sb.append("第").append(ChineseNumerals.format(i)).append("条　生产经营单位应当遵守本条规定的第").append(i)
                    .append("项要求。\n");
            if (i % 7 == 0) {
                sb.append("有下列情形之一的，依照本条处理：\n（一）未落实责任的；\n（二）未开展培训的。\n");
            }
        }
        return sb.toString();
    }

    private CliRunner.Run jrw(Path ws, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = ws.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRunner.run(all);
    }

    @Test
    void aProvincialRegulationIsImportedAndCited() throws Exception {
        Path ws = tmp.resolve("ws");
        Path txt = tmp.resolve("条例.txt");
        Files.writeString(txt, regulation("某省安全生产条例", 60), StandardCharsets.UTF_8);
        CliRunner.Run r = jrw(ws, "--json", "law", "import", txt.toString(), "--title", "某省安全生产条例", "--short",
                "省安全生产条例", "--effective", "2024-03-01", "--jurisdiction", "陕西省");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> out = Json.readMap(r.out());
        assertEquals(60, ((Number) out.get("articles")).intValue());
        assertEquals("某省安全生产条例", out.get("law"));
        CliRunner.Run cite = jrw(ws, "--json", "law", "cite", "《某省安全生产条例》第十四条第二款第（二）项");
        assertEquals(0, cite.code(), cite.err());
        assertTrue(Json.readMap(cite.out()).get("text").toString().contains("未开展培训"), cite.out());
        CliRunner.Run before = jrw(ws, "law", "cite", "《某省安全生产条例》第十四条", "--on", "2024-01-01");
        assertEquals(2, before.code(), "not in force before its effective date");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sources = (List<Map<String, Object>>) Json.readMap(jrw(ws, "--json", "rules", "list").out())
                .get("sources");
        assertTrue(sources.stream().anyMatch(s -> "law".equals(s.get("kind")) && "陕西省".equals(s.get("jurisdiction"))));
    }

    @Test
    void aNewVersionOfALawStandsBesideTheBuiltInOnes() throws Exception {
        Path ws = tmp.resolve("ws");
        Path docx = tmp.resolve("安全生产法.docx");
        try (XWPFDocument d = new XWPFDocument(); var out = Files.newOutputStream(docx)) {
            for (String line : regulation("中华人民共和国安全生产法", 120).split("\n")) {
                d.createParagraph().createRun().setText(line);
            }
            d.write(out);
        }
        CliRunner.Run r = jrw(ws, "--json", "law", "import", docx.toString(), "--title", "中华人民共和国安全生产法",
                "--effective", "2031-01-01");
        assertEquals(0, r.code(), r.err());
        CliRunner.Run now = jrw(ws, "--json", "law", "cite", "《安全生产法》第九十七条", "--on", "2025-01-01");
        assertTrue(Json.readMap(now.out()).get("text").toString().contains("特种作业"), now.out());
        CliRunner.Run later = jrw(ws, "--json", "law", "cite", "《安全生产法》第九十七条", "--on", "2031-06-01");
        assertEquals("2031-01-01", Json.readMap(later.out()).get("version"), later.out());
    }

    @Test
    void aTextWithAGapInItsNumberingImportsNothing() throws Exception {
        Path ws = tmp.resolve("ws");
        Path txt = tmp.resolve("缺条.txt");
        Files.writeString(txt, regulation("某市安全生产规定", 12).replace("第五条", "第六条"), StandardCharsets.UTF_8);
        CliRunner.Run r = jrw(ws, "law", "import", txt.toString(), "--title", "某市安全生产规定", "--effective", "2024-01-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("缺第五条") && !r.err().contains("第5条") && r.err().contains("缺条.txt"), r.err());
        CliRunner.Run cite = jrw(ws, "law", "cite", "《某市安全生产规定》第一条");
        assertEquals(2, cite.code(), "nothing was written");
        CliRunner.Run noArticles = jrw(ws, "law", "import", txt.toString(), "--title", "x", "--effective", "2024-13-01");
        assertEquals(2, noArticles.code());
        assertFalse(noArticles.err().isBlank());
    }
}
