package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.jrw.gui.training.TrainingView;
import org.jrw.gui.training.TrainingViewModel;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.logic.training.Scorer;
import org.jrw.logic.training.TrainingMaterial;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exercise window: the trainer starts the de-identified demo case from the built-in material, a
 * trainee answers (provisions, circumstances, fine), gets a score with feedback quoting the article,
 * and the class summary lists the trainee.
 */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
@ExtendWith(ApplicationExtension.class)
class TrainingExerciseGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private TrainingViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLanguage("zh");
        System.setProperty("jrw.ocr", "off");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()));
        vm = new TrainingViewModel(ctx, null);
        stage.setScene(new Scene(new TrainingView(vm), 1240, 800));
        stage.show();
        vm.loadMaterial();
        vm.load();
    }

    @AfterEach
    void close() {
        System.clearProperty("jrw.ocr");
        ctx.close();
    }

    @Test
    void aTraineeIsScoredOnTheAnonymisedDemoCase(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<TrainingMaterial.Item> material = robot.lookup("#trainingMaterial").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> material.getItems().size() > 10);
        assertThat(material.getItems().get(0).id()).isEqualTo("demo");
        assertThat(material.getItems()).anySatisfy(i -> assertThat(i.id()).isEqualTo("CASE-003"));
        Label title = robot.lookup("#trainingTitle").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo(Messages.get("gui.training.pick"));
        Label realCase = robot.lookup("#trainingRealCase").queryAs(Label.class);
        assertThat(realCase.isVisible()).isFalse();

        // the trainer starts the demo: anonymised, leak-checked and imported as 培训案例-DEMO
        robot.interact(() -> material.getSelectionModel().select(0));
        robot.clickOn("#trainingStart");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.caseNumberProperty().get().equals("培训案例-DEMO"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).contains("使用未取得特种作业操作证人员从事焊接作业案").doesNotContain("西安");
        TextArea facts = robot.lookup("#trainingFacts").queryAs(TextArea.class);
        assertThat(facts.getText()).contains("电焊作业").doesNotContain("李某强");
        assertThat(realCase.isVisible()).isFalse();

        // a trainee answers
        robot.clickOn("#trainingTrainee").write("学员陈");
        robot.clickOn("#trainingViolated").write("《中华人民共和国安全生产法》第三十条第一款");
        robot.clickOn("#trainingPenalty").write("《中华人民共和国安全生产法》第九十七条第七项");
        robot.clickOn(Messages.get("training.circumstance.FIRST_OFFENCE"));
        robot.clickOn(Messages.get("training.circumstance.CORRECTED_IN_TIME"));
        robot.clickOn(Messages.get("training.circumstance.MITIGATING"));
        robot.clickOn("#trainingFine").write("20000");
        robot.clickOn("#trainingSubmit");
        TextArea feedback = robot.lookup("#trainingFeedback").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !feedback.getText().isEmpty());
        String fb = feedback.getText();
        assertThat(fb).startsWith("学员 学员陈 得分 100/100");
        // the feedback quotes the article from the law library
        assertThat(fb).contains("条文：").contains("特种作业人员");

        // the class summary shows the trainee
        @SuppressWarnings("unchecked")
        TableView<Scorer.Score> results = robot.lookup("#trainingResults").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(Scorer.Score::trainee).containsExactly("学员陈");
        assertThat(results.getItems().get(0).total()).isEqualTo(100);
    }

    @Test
    void aRealCaseOpenedForAnExerciseIsFlagged(FxRobot robot) throws Exception {
        // the trainer opens the exercise on the real demo case (案例练习 on the open case)
        Workspace ws = ctx.openWorkspace();
        DemoContent.loadDemoDossier(ws, Progress.NONE);
        String caseId = new DossierService(ws).list().get(0).caseId();
        TrainingViewModel real = new TrainingViewModel(ctx, caseId);
        robot.interact(() -> stage.setScene(new Scene(new TrainingView(real), 1240, 800)));
        robot.interact(real::load);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> real.caseNumberProperty().get().equals("西应急罚〔2024〕37号"));
        WaitForAsyncUtils.waitForFxEvents();
        Label realCase = robot.lookup("#trainingRealCase").queryAs(Label.class);
        assertThat(realCase.isVisible()).isTrue();
        assertThat(realCase.getText()).contains("不是去标识化的培训案卷");
        // starting built-in material replaces it with a de-identified copy: the warning goes
        robot.interact(() -> real.start(new TrainingMaterial.Item("demo", "", "", "", null, null, null)));
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> real.caseNumberProperty().get().equals("培训案例-DEMO"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(realCase.isVisible()).isFalse();
    }
}
