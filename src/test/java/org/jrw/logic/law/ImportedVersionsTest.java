package org.jrw.logic.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A regulation imported in two versions (the first repealed when the second took effect, which
 * inserts an article): a citation resolves in the version in force on the day; one in the other
 * version's numbering, one before the law existed and one after it was repealed are not in force;
 * an edition the library does not hold is named as such; the rule at the time of the act is found
 * back across the renumbering. Bad imports are refused by file or field with nothing written.
 */
class ImportedVersionsTest {
    static final String TITLE = "某市工贸企业安全生产规定";
    @TempDir
    Path tmp;

    /** Six articles in two chapters of a 编; the 2023 text inserts an article on 有限空间 before 第四条. */
    static String text(boolean second) {
        StringBuilder sb = new StringBuilder(TITLE + "\n第一编　总则\n第一章　一般规定\n");
        sb.append("第一条　为了加强工贸企业安全生产工作，制定本规定。\n");
        sb.append("第二条　本市行政区域内工贸企业的安全生产，适用本规定。\n");
        sb.append("第一节　企业责任\n");
        sb.append("第三条　企业应当建立全员安全生产责任制。\n");
        int n = 4;
        if (second) {
            sb.append("第").append(ChineseNumerals.format(n++)).append("条　企业进行有限空间作业的，应当先通风、再检测、后作业。\n");
        }
        sb.append("第二章　法律责任\n");
        sb.append("第").append(ChineseNumerals.format(n++)).append("条　企业有下列行为之一的，责令限期改正，可以处二万元以下的罚款：\n"
                + "（一）未建立安全生产责任制的；\n（二）未如实记录安全生产教育和培训情况的。\n"
                + "逾期未改正的，处二万元以上五万元以下的罚款。\n");
        sb.append("第").append(ChineseNumerals.format(n++)).append("条　本规定自公布之日起施行。\n");
        return sb.toString();
    }

    private LawImports.Result importGb18030(Workspace ws, boolean second, LocalDate from, LocalDate to) throws Exception {
        Path f = tmp.resolve(second ? "规定2023.txt" : "规定2020.txt");
        Files.write(f, text(second).getBytes(Charset.forName("GB18030")));
        return new LawImports(ws).importText(f, "《" + TITLE + "》", "工贸规定", from, to, "陕西省西安市");
    }

    @Test
    void citationsResolveInTheVersionInForceAndAcrossTheInsertedArticle() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            LawImports.Result first = importGb18030(ws, false, LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1));
            assertThat(first.articles()).isEqualTo(5);
            assertThat(importGb18030(ws, true, LocalDate.of(2023, 1, 1), null).articles()).isEqualTo(6);
            CitationResolver r = new CitationResolver(LawImports.library(ws));
            Law law = r.library().findLaw("工贸规定").orElseThrow();
            assertThat(law.versions()).hasSize(2);
            assertThat(law.versions().get(0).text().article(4, 0).orElseThrow().chapter()).contains("法律责任");

            Resolution in2021 = r.resolve("《工贸规定》第四条第一款第（二）项", LocalDate.of(2021, 6, 1));
            assertThat(in2021.status()).isEqualTo(Resolution.Status.RESOLVED);
            assertThat(in2021.version().id()).isEqualTo("2020-01-01");
            assertThat(in2021.text()).contains("未如实记录安全生产教育和培训情况");
            assertThat(in2021.label()).isEqualTo("《" + TITLE + "》第四条第一款第（二）项");
            // the 2023 numbering for a 2021 act: the text it names was not in force then
            Resolution renumbered = r.resolve("《工贸规定》第五条第一款第（二）项", LocalDate.of(2021, 6, 1));
            assertThat(renumbered.status()).isEqualTo(Resolution.Status.NOT_IN_FORCE);
            assertThat(renumbered.version().id()).isEqualTo("2023-01-01");
            // before the law existed: the earliest text, not in force
            Resolution early = r.resolve("《工贸规定》第四条", LocalDate.of(2019, 6, 1));
            assertThat(early.status()).isEqualTo(Resolution.Status.NOT_IN_FORCE);
            assertThat(early.version().id()).isEqualTo("2020-01-01");
            // an edition the library does not hold
            assertThat(r.resolve("《工贸规定》（2018年）第四条", null).status())
                    .isEqualTo(Resolution.Status.VERSION_NOT_IN_LIBRARY);
            Resolution edition = r.resolve("《工贸规定》（2020年）第四条", LocalDate.of(2024, 6, 1));
            assertThat(edition.status()).isEqualTo(Resolution.Status.NOT_IN_FORCE);

            // the rule at the time of the act (no concordance between imported texts: the same number)
            Resolution now = r.resolve("《工贸规定》第三条", LocalDate.of(2024, 6, 1));
            assertThat(now.status()).isEqualTo(Resolution.Status.RESOLVED);
            Resolution then = r.predecessorOn(now, LocalDate.of(2021, 6, 1)).orElseThrow();
            assertThat(then.version().id()).isEqualTo("2020-01-01");
            assertThat(then.text()).contains("全员安全生产责任制");
            // the same number holding other words, or no such article then: no counterpart is claimed
            assertThat(r.predecessorOn(r.resolve("《工贸规定》第五条第一款第（二）项", LocalDate.of(2024, 6, 1)),
                    LocalDate.of(2021, 6, 1))).isEmpty();
            assertThat(r.predecessorOn(r.resolve("《工贸规定》第六条", LocalDate.of(2024, 6, 1)),
                    LocalDate.of(2021, 6, 1))).isEmpty();
            // the same day's version, no day, or a citation not found give nothing to look back to
            assertThat(r.predecessorOn(now, LocalDate.of(2024, 1, 1))).isEmpty();
            assertThat(r.predecessorOn(now, null)).isEmpty();
            assertThat(r.predecessorOn(r.resolve("《工贸规定》第九十条", null), LocalDate.of(2021, 6, 1))).isEmpty();
            // forward: the 2020 provision in the 2023 text (same numbering), none across a gap of days not held
            assertThat(r.counterpartOn(r.resolve("《工贸规定》第三条", LocalDate.of(2021, 6, 1)), LocalDate.of(2024, 6, 1))
                    .orElseThrow().version().id()).isEqualTo("2023-01-01");
        }
    }

    @Test
    void aPlainLawNameWithTheEditionsYearInBracketsResolvesInThatEdition() {
        CitationResolver r = new CitationResolver(LawLibrary.builtIn());
        Resolution res = r.resolve("依据安全生产法（2014年）第九十六条第六项的规定", LocalDate.of(2019, 5, 1));
        assertThat(res.status()).isEqualTo(Resolution.Status.RESOLVED);
        assertThat(res.version().id()).isEqualTo("2014");
        assertThat(res.text()).contains("淘汰的危及生产安全的工艺、设备");
        assertThat(CitationParser.parse("安全生产法(2014)96条").orElseThrow().law()).isEqualTo("安全生产法");
        // a bracket that is not a year stays part of the name
        assertThat(CitationParser.parse("矿山安全规定（试行）第三条").orElseThrow().law()).isEqualTo("矿山安全规定(试行)");
    }

    @Test
    void citationsTheLibraryCannotCheckSayWhy() {
        CitationResolver r = new CitationResolver(LawLibrary.builtIn());
        Resolution unknown = r.resolve("依据《某省不存在的条例》第三条第二款", LocalDate.of(2024, 1, 1));
        assertThat(unknown.status()).isEqualTo(Resolution.Status.LAW_NOT_IN_LIBRARY);
        assertThat(unknown.found()).isFalse();
        assertThat(unknown.label()).isEqualTo("《某省不存在的条例》第三条第二款");
        assertThat(unknown.text()).isNull();
        Resolution unreadable = r.resolve("依据有关规定", LocalDate.of(2024, 1, 1));
        assertThat(unreadable.status()).isEqualTo(Resolution.Status.UNREADABLE);
        assertThat(unreadable.label()).isEmpty();
        // a citation naming no law refers to the law of its context
        Resolution inContext = r.resolve("第九十七条第（七）项", LocalDate.of(2022, 1, 1), "安全生产法");
        assertThat(inContext.status()).isEqualTo(Resolution.Status.RESOLVED);
        assertThat(inContext.label()).isEqualTo("《中华人民共和国安全生产法》第九十七条第（七）项");
        Resolution noParagraph = r.resolve("《安全生产法》第九十七条第九款", LocalDate.of(2022, 1, 1));
        assertThat(noParagraph.status()).isEqualTo(Resolution.Status.PARAGRAPH_NOT_FOUND);
        assertThat(noParagraph.label()).isEqualTo("《中华人民共和国安全生产法》第九十七条第九款");
        // the 2014 text for a day before it took effect, while the law was already in force: not checkable
        Resolution older = r.resolve("《安全生产法》第九十六条", LocalDate.of(2010, 1, 1));
        assertThat(older.status()).isEqualTo(Resolution.Status.VERSION_NOT_IN_LIBRARY);
    }

    @Test
    void aRepealedRegulationWithoutSuccessorIsNotInForceAfterwards() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            importGb18030(ws, false, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1));
            CitationResolver r = new CitationResolver(LawImports.library(ws));
            Resolution after = r.resolve("《" + TITLE + "》第四条第（一）项", LocalDate.of(2023, 5, 1));
            assertThat(after.status()).isEqualTo(Resolution.Status.NOT_IN_FORCE);
            assertThat(after.text()).contains("未建立安全生产责任制");
            assertThat(r.resolve("《" + TITLE + "》第四条第（一）项", LocalDate.of(2021, 5, 1)).status())
                    .isEqualTo(Resolution.Status.RESOLVED);
        }
    }

    @Test
    void badImportsAreRefusedByFieldOrFileAndWriteNothing() throws Exception {
        Path good = tmp.resolve("规定.txt");
        Files.writeString(good, text(false), StandardCharsets.UTF_8);
        Path ws = tmp.resolve("ws");
        try (Workspace w = Workspace.open(ws)) {
            LawImports li = new LawImports(w);
            LocalDate d = LocalDate.of(2024, 1, 1);
            assertThatThrownBy(() -> li.importText(good, "  ", null, d, null, null)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("--title");
            assertThatThrownBy(() -> li.importText(good, TITLE, null, null, null, null)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("--effective");
            assertThatThrownBy(() -> li.importText(good, TITLE, null, d, d.minusDays(1), null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("2023-12-31");
            assertThatThrownBy(() -> li.importText(good, TITLE, null, d, null, "火星基地"))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("火星基地");
            assertThatThrownBy(() -> li.importText(tmp.resolve("无.txt"), TITLE, null, d, null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("无.txt");
            Path pdf = tmp.resolve("规定.pdf");
            Files.writeString(pdf, "%PDF-1.4");
            assertThatThrownBy(() -> li.importText(pdf, TITLE, null, d, null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("规定.pdf");
            Path brokenDocx = tmp.resolve("规定.docx");
            Files.writeString(brokenDocx, "不是 Word 文件");
            assertThatThrownBy(() -> li.importText(brokenDocx, TITLE, null, d, null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("规定.docx");
            Path prose = tmp.resolve("说明.txt");
            Files.writeString(prose, "本文没有条文，只是一段说明。");
            assertThatThrownBy(() -> li.importText(prose, TITLE, null, d, null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("说明.txt");
            Path repeated = tmp.resolve("重复.txt");
            Files.writeString(repeated, text(false).replace("第三条", "第二条"));
            assertThatThrownBy(() -> li.importText(repeated, TITLE, null, d, null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("重复.txt").hasMessageContaining("第二条重复");
            assertThat(LawImports.library(w).findLaw(TITLE)).isEmpty();
        }
        var before = TestPackages.snapshot(ws);
        try (Workspace w = Workspace.open(ws)) {
            // a Word text is read paragraph by paragraph; the same effective date twice is refused
            Path docx = tmp.resolve("规定-word.docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
                for (String line : text(false).split("\n")) {
                    doc.createParagraph().createRun().setText(line);
                }
                doc.write(out);
            }
            LawImports li = new LawImports(w);
            assertThat(li.importText(docx, TITLE, null, LocalDate.of(2024, 1, 1), null, "全国").articles()).isEqualTo(5);
            assertThatThrownBy(() -> li.importText(good, TITLE, null, LocalDate.of(2024, 1, 1), null, null))
                    .isInstanceOf(BadInputException.class).hasMessageContaining(TITLE).hasMessageContaining("2024-01-01");
            assertThat(LawImports.library(w).findLaw(TITLE).orElseThrow().versions()).hasSize(1);
        }
        assertThat(before).isNotEmpty();
    }
}
