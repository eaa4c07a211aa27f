package org.jrw.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;

class LawCommandTest {
    @Test
    void citeResolvesToLawVersionArticleParagraphItem() {
        CliRunner.Run r = CliRunner.run("--json", "law", "cite", "《安全生产法》第九十七条第(七)项", "--on", "2024-03-12");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> m = Json.readMap(r.out());
        assertEquals("中华人民共和国安全生产法", m.get("law"));
        assertEquals("2021", m.get("version"));
        assertEquals("2021-09-01", m.get("effectiveFrom"));
        assertEquals("第九十七条", m.get("article"));
        assertEquals(1, m.get("paragraph"));
        assertEquals(7, m.get("item"));
        assertTrue(((String) m.get("text")).contains("特种作业人员未按照规定经专门的安全作业培训"));
    }

    @Test
    void lawNotInLibraryIsReportedAsSuch() {
        CliRunner.Run r = CliRunner.run("--json", "law", "cite", "《安全生产违法行为行政处罚办法》第四十五条");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("不在法规库中"), r.err());
        assertTrue(r.out().contains("\"exitCode\" : 2"), r.out());
        CliRunner.Run missing = CliRunner.run("law", "cite", "《安全生产法》第二百条");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("没有"), missing.err());
    }

    @Test
    void notInForceAndBadDate() {
        assertEquals(2, CliRunner.run("law", "cite", "《安全生产法》第九十七条", "--on", "2020-01-01").code());
        assertEquals(2, CliRunner.run("law", "cite", "《安全生产法》第九十七条", "--on", "yesterday").code());
        CliRunner.Run human = CliRunner.run("law", "cite", "第九十七条第七项");
        assertEquals(0, human.code());
        assertTrue(human.out().contains("特种作业"));
    }
}
