package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.training.Exercise.Circumstance;
import org.jrw.model.Circumstances;
import org.jrw.persistence.Workspace;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exercise scoring against the actual decision, the statutory range and the benchmark band; booklet; results. */
class ExerciseScoringTest {
    static final String VIOLATED = "《中华人民共和国安全生产法》第三十条第一款";
    static final String PENALTY = "《中华人民共和国安全生产法》第九十七条第七项";

    static Exercise exercise() {
        Circumstances c = new Circumstances(true, true, false, false, 1, List.of("主动消除违法行为危害后果"), List.of(),
                org.jrw.model.Extra.NONE);
        return new Exercise("c1", "某应急罚〔2024〕1号", "甲机械有限公司案", "事实", List.of("书证：营业执照"),
                new Exercise.Key(VIOLATED, PENALTY, c, Exercise.codes(c), 20000L, LocalDate.of(2024, 4, 16)), true);
    }

    /** A stand-in for the law library: range 0–100 000, band 10 000–30 000, article text known. */
    static final StatuteReference LIBRARY = new StatuteReference() {
        @Override
        public Optional<String> articleText(String citation, LocalDate on) {
            return citation.contains("九十七") ? Optional.of("（七）使用未取得相应资格的人员从事特种作业的。") : Optional.empty();
        }

        @Override
        public Optional<Range> statutoryRange(String p, Circumstances c, LocalDate on) {
            return Optional.of(new Range(0L, 100_000L, "安全生产法第九十七条"));
        }

        @Override
        public Optional<Range> benchmarkBand(String p, Circumstances c, LocalDate on) {
            return Optional.of(new Range(10_000L, 30_000L, "基准第97项A档"));
        }
    };

    @Test
    void perfectAnswerScoresHundredWithAndWithoutLibrary() {
        Exercise.Answer a = new Exercise.Answer("甲", "《安全生产法》第三十条第一款", "安全生产法第九十七条第（七）项",
                EnumSet.of(Circumstance.FIRST_OFFENCE, Circumstance.CORRECTED_IN_TIME, Circumstance.MITIGATING), 20000L);
        assertThat(new Scorer(StatuteReference.NONE).score(exercise(), a).total()).isEqualTo(100);
        Scorer.Score s = new Scorer(LIBRARY).score(exercise(), a);
        assertThat(s.total()).isEqualTo(100);
        assertThat(s.items().get(1).feedback()).contains("使用未取得相应资格的人员从事特种作业");
        // all circumstances right is said so, not 漏选：—；多选：—
        assertThat(s.items().get(2).feedback()).isEqualTo("正确：情节无漏选、无多选");
    }

    @Test
    void partialAnswersScorePartially() {
        Exercise.Answer a = new Exercise.Answer("乙", VIOLATED, "《中华人民共和国安全生产法》第九十七条",
                EnumSet.of(Circumstance.FIRST_OFFENCE, Circumstance.HARMFUL_CONSEQUENCE), 50000L);
        Scorer.Score s = new Scorer(LIBRARY).score(exercise(), a);
        assertThat(s.items()).extracting(Scorer.Item::points).containsExactly(30, 15, 4, 10);
        assertThat(s.items().get(3).feedback()).contains("不在裁量基准档次").contains("10000–30000");
        Exercise.Answer wrong = new Exercise.Answer("丙", "《中华人民共和国安全生产法》第四十一条", null, EnumSet.noneOf(Circumstance.class), 150000L);
        Scorer.Score w = new Scorer(LIBRARY).score(exercise(), wrong);
        assertThat(w.items().get(0).points()).isZero();
        assertThat(w.items().get(1).points()).isZero();
        assertThat(w.items().get(3).points()).isZero();
        assertThat(w.items().get(3).feedback()).contains("超出法定幅度");
        // without the library the fine is scored by distance from the actual fine
        Exercise.Answer near = new Exercise.Answer("丁", VIOLATED, PENALTY, Exercise.codes(exercise().key().circumstances()), 24000L);
        assertThat(new Scorer(StatuteReference.NONE).score(exercise(), near).items().get(3).points()).isEqualTo(15);
    }

    @Test
    void citationsAreCompared(/* law, article, paragraph, item */) {
        assertThat(Scorer.parse("《中华人民共和国安全生产法》第九十七条第七项"))
                .isEqualTo(Scorer.parse("安全生产法 第九十七条 第（七）项"));
        assertThat(Scorer.parse("《中华人民共和国安全生产法》第三十条第一款"))
                .isNotEqualTo(Scorer.parse("《中华人民共和国安全生产法》第三十条第二款"));
    }

    /** Written as trainees write them: short names, Arabic numbers, no 第 — the same provision, full marks. */
    @Test
    void equivalentCitationsScoreAlikeWithTheLawLibrary() throws Exception {
        org.jrw.model.Dossier d = org.jrw.codec.DossierCodec.read(org.jrw.testing.TestPackages.valid().manifest);
        LawStatuteReference law = LawStatuteReference.forDossier(d);
        LocalDate on = LocalDate.of(2024, 4, 20);
        assertThat(law.identify("安全生产法第30条第1款", on)).isPresent()
                .isEqualTo(law.identify("《中华人民共和国安全生产法》第三十条第一款", on));
        assertThat(law.identify("安全生产法97条7项", on)).isPresent()
                .isEqualTo(law.identify("《中华人民共和国安全生产法》第九十七条第七项", on));
        assertThat(law.identify("安全生产法第97条第6项", on)).isNotEqualTo(law.identify("安全生产法第97条第7项", on));
        Exercise.Answer shortForms = new Exercise.Answer("戊", "安全生产法第30条第1款", "安全生产法97条7项",
                EnumSet.of(Circumstance.FIRST_OFFENCE, Circumstance.CORRECTED_IN_TIME, Circumstance.MITIGATING), 20000L);
        Scorer.Score s = new Scorer(law).score(exercise(), shortForms);
        assertThat(s.items().get(0).points()).isEqualTo(Scorer.VIOLATED);
        assertThat(s.items().get(1).points()).isEqualTo(Scorer.PENALTY);
        // the penalty item is quoted with its paragraph's lead-in (what the item is punished with)
        assertThat(s.items().get(1).feedback()).contains("处十万元以下的罚款", "……（七）");
        // trainees see the benchmark rule, not the developers' sources
        assertThat(s.items().get(3).feedback()).doesNotContain("http", ".md", "【检】");
    }

    @Test
    void bookletExerciseAndResultsOnTheDemoCase(@TempDir Path tmp) throws Exception {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        String c = "西应急罚〔2024〕37号";
        Path withAnswers = tmp.resolve("b1.pdf");
        Path without = tmp.resolve("b2.pdf");
        CliRunner.Run made = CliRunner.run("--workspace", ws.toString(), "training", "booklet", c, "--out",
                withAnswers.toString(), "--answers");
        assertThat(made.code()).isZero();
        // the demo is a real case, not a de-identified copy: the booklet and the command say so
        assertThat(made.err()).contains("不是去标识化的培训案卷");
        assertThat(CliRunner.run("--workspace", ws.toString(), "training", "booklet", c, "--out", without.toString())
                .code()).isZero();
        String t1 = text(withAnswers);
        String t2 = text(without);
        assertThat(t1).contains("法定幅度").contains("裁量基准档次");
        assertThat(t1).contains("基本案情").contains("证据清单").contains("研讨问题").contains("参考答案")
                .contains("第九十七条第七项").contains("20000");
        assertThat(t2).contains("研讨问题").doesNotContain("参考答案").doesNotContain("行政处罚决定书");
        assertThat(t1.replaceAll("\\s", "")).contains("未经去标识化的真实案卷").doesNotContain("均为化名");

        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "--json", "training", "exercise", c,
                "--trainee", "学员甲", "--violated", VIOLATED, "--penalty", PENALTY,
                "--circumstances", "FIRST_OFFENCE,CORRECTED_IN_TIME,MITIGATING", "--fine", "20000");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"total\" : 100");
        assertThat(CliRunner.run("--workspace", ws.toString(), "training", "exercise", c, "--trainee", "学员乙",
                "--violated", VIOLATED, "--fine", "40000").code()).isZero();
        assertThat(CliRunner.run("--workspace", ws.toString(), "training", "exercise", c, "--trainee", "学员乙",
                "--circumstances", "NOPE").code()).isEqualTo(2);
        Path csv = tmp.resolve("r.csv");
        Path pdf = tmp.resolve("r.pdf");
        CliRunner.Run res = CliRunner.run("--workspace", ws.toString(), "training", "results", c,
                "--csv", csv.toString(), "--pdf", pdf.toString());
        assertThat(res.code()).as(res.err()).isZero();
        String csvText = new String(java.nio.file.Files.readAllBytes(csv), StandardCharsets.UTF_8);
        assertThat(csvText).contains("\"学员甲\",100").contains("\"学员乙\",40").contains("平均分");
        assertThat(text(pdf)).contains("案例练习成绩汇总").contains("学员甲").contains("平均分70.0");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(org.jrw.logic.audit.Audit.verify(w).intact()).isTrue();
        }
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", "");
        }
    }
}
