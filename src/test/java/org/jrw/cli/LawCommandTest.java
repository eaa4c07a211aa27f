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
    void aDateUnderTheEarlierVersionResolvesToIt() {
        CliRunner.Run r = CliRunner.run("--json", "law", "cite", "《安全生产法》第九十六条", "--on", "2019-05-01");
        assertEquals(0, r.code(), r.err());
        Map<String, Object> m = Json.readMap(r.out());
        assertEquals("2014", m.get("version"));
        assertEquals("2014-12-01", m.get("effectiveFrom"));
        assertEquals("2021-09-01", m.get("effectiveTo"));
        assertEquals("第九十六条", m.get("article"));
        assertTrue(((String) m.get("text")).contains("未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志"),
                (String) m.get("text"));
        // the same number after 2021-09-01 is another rule (其他负责人和安全生产管理人员)
        Map<String, Object> now = Json.readMap(CliRunner.run("--json", "law", "cite", "《安全生产法》第九十六条",
                "--on", "2022-05-01").out());
        assertEquals("2021", now.get("version"));
        assertTrue(((String) now.get("text")).contains("其他负责人和安全生产管理人员"));
        // 2014 numbering for a day under the 2021 text: no longer in force
        CliRunner.Run old = CliRunner.run("law", "cite", "《安全生产法》第九十六条第六项", "--on", "2022-05-01");
        assertEquals(2, old.code());
        assertTrue(old.err().contains("已不再施行") && old.err().contains("2021-09-01"), old.err());
    }

    @Test
    void notInForceAndBadDate() {
        // 2021 numbering for a day under the 2014 text (whose 第九十七条 has no items); a day before any text held
        CliRunner.Run early = CliRunner.run("law", "cite", "《安全生产法》第九十七条第七项", "--on", "2020-01-01");
        assertEquals(2, early.code());
        assertTrue(early.err().contains("尚未施行") && early.err().contains("2021-09-01"), early.err());
        assertTrue(early.err().contains("2020-01-01 施行的是2014年8月31日第二次修正"), early.err());
        CliRunner.Run unheld = CliRunner.run("law", "cite", "《安全生产法》第九十七条", "--on", "2013-06-01");
        assertEquals(2, unheld.code());
        assertTrue(unheld.err().contains("未收录") && unheld.err().contains("2014-12-01"), unheld.err());
        assertEquals(2, CliRunner.run("law", "cite", "《安全生产法》第九十七条", "--on", "yesterday").code());
        CliRunner.Run human = CliRunner.run("law", "cite", "第九十七条第七项");
        assertEquals(0, human.code());
        assertTrue(human.out().contains("特种作业"));
    }
}
