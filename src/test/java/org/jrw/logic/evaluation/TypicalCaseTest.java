package org.jrw.logic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typical case: prefilled from the demo, pre-checked, exported and read back; the dashboard counts it. */
class TypicalCaseTest {
    @TempDir
    Path tmp;
    Workspace ws;

    @BeforeEach
    void importDemo() {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        new DossierService(ws).importPackage(Path.of("resources/demo/demo.jrcase"), false, org.jrw.logic.task.Progress.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    static String pdfText(Path p) throws Exception {
        try (PDDocument d = Loader.loadPDF(p.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }

    @Test
    void demoIsPrefilledQualifiedAndExportsToDocxAndPdf() throws Exception {
        TypicalCaseService s = new TypicalCaseService(ws);
        TypicalCaseService.Draft d = s.draft("西应急罚〔2024〕37号");
        // only a sample benchmark matches the demo and 案件评析 is the officer's: both left for the user
        assertFalse(d.qualified(), d.checks().toString());
        assertEquals(List.of("fields"), d.checks().stream().filter(c -> !c.passed()).map(Qualification.Check::id).toList());
        assertTrue(d.checks().get(0).detail().contains("裁量依据") && d.checks().get(0).detail().contains("案件评析"),
                d.checks().get(0).detail());
        TypicalCase t = d.typical().with("discretionBasis", "依据本局现行行政处罚裁量基准第十二项（1万元至3万元档）。")
                .with("analysis", "本案评析：新旧法衔接的要点在于……");
        assertTrue(s.precheck(d, t).stream().allMatch(Qualification.Check::passed), s.precheck(d, t).toString());
        assertTrue(t.title().startsWith("西安市应急管理局对西安某某精工机械有限公司"), t.title());
        assertTrue(t.title().endsWith("行政处罚案"), t.title());
        assertTrue(t.keywords().contains("特种作业人员持证上岗"), t.keywords());
        assertTrue(t.violationBasis().contains("第三十条第一款"), t.violationBasis());
        assertTrue(t.penaltyBasis().contains("第九十七条第七项") && t.penaltyBasis().contains("特种作业"), t.penaltyBasis());
        assertFalse(d.typical().discretionBasis().contains("S-97-7"), d.typical().discretionBasis());
        assertTrue(t.result().contains("2万元"), t.result());
        // 要旨 from the case's own rule: the duty of the violated provision, the penalty provision, the fine
        assertTrue(t.gist().contains("第三十条第一款规定，生产经营单位的特种作业人员必须按照国家有关规定经专门的安全作业培训")
                && t.gist().contains("第九十七条第七项予以处罚") && t.gist().contains("2万元"), t.gist());
        assertFalse(t.gist().contains("事实清楚、证据确凿"), t.gist());

        TypicalCase edited = t;
        Path docx = tmp.resolve("out/典型案例.docx");
        s.export("西应急罚〔2024〕37号", edited, docx, false);
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
        }
        for (String head : new String[] {"【关键词】", "【要旨】", "【基本案情】", "【查处理由和结果】", "违法依据：", "处罚依据：",
                "裁量依据：", "【案件评析】"}) {
            assertTrue(text.contains(head), head);
        }
        assertTrue(text.contains(edited.title()));
        assertTrue(text.contains("新旧法衔接的要点"));

        Path pdf = tmp.resolve("out/典型案例.pdf");
        s.export("西应急罚〔2024〕37号", null, pdf, false);
        String ptext = pdfText(pdf);
        assertTrue(ptext.contains("【基本案情】"), ptext);
        assertTrue(ptext.contains("新旧法衔接的要点"), "the saved edit is exported");
        assertTrue(ptext.contains("第九十七条第七项"));

        Dashboard.Data dash = Dashboard.compute(ws);
        assertEquals(1, dash.quotas().get(0).reported());
        assertEquals(Dashboard.Level.CITY, dash.quotas().get(0).level());
        assertEquals(1, dash.quotas().get(0).quota());
        assertEquals("2024-Q1", dash.quotas().get(0).period(), "a city reports each quarter; filed 2024-03-14");
        assertTrue(Dashboard.csv(dash).contains("未央区,2024,1,0"));
    }

    @Test
    void anEmptyFieldFailsThePrecheckAndTheExportIsRefused() {
        TypicalCaseService s = new TypicalCaseService(ws);
        TypicalCase t = s.draft("西应急罚〔2024〕37号").typical().with("gist", " ");
        Path out = tmp.resolve("x.docx");
        BadInputException e = assertThrows(BadInputException.class,
                () -> s.export("西应急罚〔2024〕37号", t, out, false));
        assertTrue(e.getMessage().contains("要旨"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void placeholdersSampleBenchmarksTruncatedQuotationsAndNotesFailThePrecheck() {
        TypicalCaseService s = new TypicalCaseService(ws);
        TypicalCaseService.Draft d = s.draft("西应急罚〔2024〕37号");
        TypicalCase ok = d.typical().with("discretionBasis", "依据本局现行行政处罚裁量基准第十二项（1万元至3万元档）。")
                .with("analysis", "本案的难点在于区分违法条款与罚则。");
        assertTrue(Qualification.passed(s.precheck(d, ok)), s.precheck(d, ok).toString());
        java.util.function.Function<TypicalCase, List<String>> failing = x -> s.precheck(d, x).stream()
                .filter(c -> !c.passed()).map(Qualification.Check::id).toList();
        assertEquals(List.of("placeholders"), failing.apply(ok.with("analysis", "本案评析。（请结合本案的法律适用难点补充评析。）")));
        assertEquals(List.of("benchmark"), failing.apply(ok.with("discretionBasis",
                "依据样例省级基准（按各地公开的分档方式整理，非正式基准），规则S-97-7-a（1万元至3万元档）。")));
        assertEquals(List.of("quotation"), failing.apply(ok.with("penaltyBasis",
                "《中华人民共和国安全生产法》第九十七条第七项：“（七）特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的。”")));
        assertEquals(List.of("quotation"), failing.apply(ok.with("penaltyBasis",
                "《中华人民共和国安全生产法》第九十七条：“生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款…”")));
        assertEquals(List.of("notes"), failing.apply(ok.with("facts", ok.facts() + "【知】")));
    }

    @Test
    void evaluationReportHasNoLoginNameNoInternalCodesNoNotesAndExportsToWord() throws Exception {
        EvaluationService.Result r = new EvaluationService(ws).evaluate("西应急罚〔2024〕37号");
        Path pdf = tmp.resolve("评查表-无名.pdf");
        EvaluationDocuments.write(EvaluationDocuments.report(r.evaluation(), r.dossier(), EvaluationModel.builtIn(),
                null, java.time.LocalDate.of(2024, 5, 10)), pdf);
        String text = pdfText(pdf);
        assertTrue(text.contains("评查人（签名）："), text);
        assertFalse(text.contains(System.getProperty("user.name") + "2024"), text);
        assertFalse(java.util.regex.Pattern.compile("[A-Z]\\d-\\d").matcher(text).find(), text);
        for (String bad : new String[] {"【知】", ".md", "原文未取得", "第1页"}) {
            assertFalse(text.contains(bad), bad + " in " + text);
        }
        assertTrue(text.contains("—1—"), text);
        Path docx = tmp.resolve("评查表.docx");
        EvaluationDocuments.write(EvaluationDocuments.report(r.evaluation(), r.dossier(), EvaluationModel.builtIn(),
                "王某明", java.time.LocalDate.of(2024, 5, 10)), docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String w = ex.getText();
            assertTrue(w.contains("行政处罚案卷评查表") && w.contains("事实与证据") && w.contains("评查人（签名）：王某明"), w);
            assertFalse(w.contains("【知】") || w.contains("D2-"), w);
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals(37 * 1440 / 25.4, ((java.math.BigInteger) sect.getPgMar().getTop()).doubleValue(), 1.0);
            assertEquals(28 * 1440 / 25.4, ((java.math.BigInteger) sect.getPgMar().getLeft()).doubleValue(), 1.0);
        }
    }

    @Test
    void evaluationReportPdfHasTheItems() throws Exception {
        EvaluationService.Result r = new EvaluationService(ws).evaluate("西应急罚〔2024〕37号");
        Path pdf = tmp.resolve("评查表.pdf");
        EvaluationDocuments.writePdf(EvaluationDocuments.report(r.evaluation(), r.dossier(), EvaluationModel.builtIn(),
                "王某明", java.time.LocalDate.of(2024, 5, 10)), pdf);
        String text = pdfText(pdf);
        assertTrue(text.contains("行政处罚案卷评查表"));
        assertTrue(text.contains("优秀"));
        assertTrue(text.contains("事实与证据"));
        assertEquals(1, Dashboard.compute(ws).rows().get(0).excellent());
    }

    @Test
    void levels() {
        assertEquals(Dashboard.Level.CITY, Dashboard.levelOf("西安市应急管理局"));
        assertEquals(Dashboard.Level.COUNTY, Dashboard.levelOf("西安市未央区应急管理局"));
        assertEquals(Dashboard.Level.COUNTY, Dashboard.levelOf("周至县应急管理局"));
        assertEquals(Dashboard.Level.PROVINCE, Dashboard.levelOf("陕西省应急管理厅"));
        assertEquals("2024-双月3", Dashboard.reportingPeriod(Dashboard.Level.COUNTY, "2024-05-08"));
        assertEquals("2024-Q2", Dashboard.reportingPeriod(Dashboard.Level.CITY, "2024-05-08"));
        assertEquals("2024-H2", Dashboard.reportingPeriod(Dashboard.Level.PROVINCE, "2024-07-01"));
        assertEquals("2024-Q1", Dashboard.reportingPeriod(Dashboard.Level.CITY, "2024-03-31"));
    }
}
