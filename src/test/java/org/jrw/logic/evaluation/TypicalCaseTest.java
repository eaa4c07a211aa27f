package org.jrw.logic.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(d.qualified(), d.checks().toString());
        TypicalCase t = d.typical();
        assertTrue(t.title().startsWith("西安市应急管理局对西安某某精工机械有限公司"), t.title());
        assertTrue(t.title().endsWith("行政处罚案"), t.title());
        assertTrue(t.keywords().contains("特种作业人员持证上岗"), t.keywords());
        assertTrue(t.violationBasis().contains("第三十条第一款"), t.violationBasis());
        assertTrue(t.penaltyBasis().contains("第九十七条第七项") && t.penaltyBasis().contains("特种作业"), t.penaltyBasis());
        // the sample benchmark of other provinces is never the basis of a document: the officer names the local one
        assertFalse(t.discretionBasis().contains("S-97-7") || t.discretionBasis().contains("样例"), t.discretionBasis());
        assertTrue(t.discretionBasis().contains("请填写所适用基准"), t.discretionBasis());
        assertTrue(t.result().contains("2万元"), t.result());

        TypicalCase edited = t.with("analysis", "本案评析：新旧法衔接的要点在于……");
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
