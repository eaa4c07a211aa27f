package org.jrw.gui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jrw.gui.AppContext;
import org.jrw.gui.review.ReviewViewModel;
import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 联审 tab's view-model (its load runs the legality checks and parses the law library) gets
 * the open case only while the tab is shown: opening a case, at start-up too, does not pay for it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseOverviewReviewGuiTest {
    @TempDir
    static Path tmp;
    private AppContext ctx;
    private ReviewViewModel review;
    private final CaseOverviewViewModel overview = new CaseOverviewViewModel();
    private CaseOverviewView view;

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws-" + System.nanoTime()), tmp.resolve("config-" + System.nanoTime()));
        review = new ReviewViewModel(ctx);
        view = new CaseOverviewView(overview, null, review);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private static Dossier dossier(String caseId, String number) {
        try {
            return org.jrw.codec.DossierCodec.read(org.jrw.testing.TestPackages.valid(number).manifest).withCaseId(caseId);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReviewGetsTheCaseOnlyWhileItsTabIsShown(FxRobot robot) {
        Dossier first = dossier("c-1", "X");
        robot.interact(() -> overview.dossierProperty().set(first));
        assertThat(review.dossierProperty().get()).as("summary shown: nothing loaded").isNull();

        robot.interact(() -> tabs().getSelectionModel().select(reviewTab()));
        assertThat(review.dossierProperty().get()).isSameAs(first);
        assertThat(reviewTab().getContent()).as("built when selected").isNotNull();

        // back on the summary, another case opens: the review keeps the first until its tab is shown again
        robot.interact(() -> tabs().getSelectionModel().select(0));
        Dossier second = dossier("c-2", "Y");
        robot.interact(() -> overview.dossierProperty().set(second));
        assertThat(tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("summaryTab");
        assertThat(review.dossierProperty().get()).isSameAs(first);
        robot.interact(() -> tabs().getSelectionModel().select(reviewTab()));
        assertThat(review.dossierProperty().get()).isSameAs(second);
    }

    /** The summary names a violation by its place, as findings and the opinion do, never by its internal id. */
    @Test
    void theSummaryNamesAViolationByItsPlace(FxRobot robot) {
        Dossier d = dossier("c-3", "Z");
        robot.interact(() -> overview.dossierProperty().set(d));
        java.util.List<String> texts = new java.util.ArrayList<>();
        robot.interact(() -> view.lookupAll(".label").forEach(n -> texts.add(((javafx.scene.control.Label) n).getText())));
        String party = d.party(d.violations().get(0).partyId()).orElseThrow().name();
        assertThat(texts).contains("第1项违法行为 · " + party);
        assertThat(texts).noneMatch(t -> t != null && t.startsWith(d.violations().get(0).id() + " "));
    }

    private TabPane tabs() {
        return (TabPane) view.lookup("#overviewTabs");
    }

    private Tab reviewTab() {
        return tabs().getTabs().stream().filter(t -> "reviewTab".equals(t.getId())).findFirst().orElseThrow();
    }
}
