package org.jrw.gui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.jrw.i18n.Messages;
import org.jrw.model.CaseSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The case list's status and district filters (choice boxes: a closed list, lighter than combo
 * boxes in the first frame, ADR 0167): "all" by name, a choice filters the list, and a refresh of
 * the list keeps the choice while the choice is still offered.
 */
@ExtendWith(ApplicationExtension.class)
class CaseListFiltersGuiTest {
    private final CaseListViewModel vm = new CaseListViewModel();

    private static CaseSummary c(String id, String status, String district) {
        return new CaseSummary(id, "西应急罚〔2024〕" + id + "号", "案件" + id, status, district, "工贸", "西安市应急管理局");
    }

    private static final List<CaseSummary> CASES = List.of(c("1", "已结案", "未央区"), c("2", "审查中", "雁塔区"),
            c("3", "已结案", "雁塔区"));

    @Start
    void start(Stage stage) {
        Messages.setLanguage("zh");
        vm.setCases(CASES);
        stage.setScene(new Scene(new CaseListView(vm), 320, 600));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<String> box(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChoiceBox.class);
    }

    @Test
    void aChoiceFiltersAndARefreshKeepsIt(FxRobot robot) {
        ChoiceBox<String> status = box(robot, "#caseStatusFilter");
        ChoiceBox<String> district = box(robot, "#caseDistrictFilter");
        assertThat(status.getConverter().toString(status.getValue())).isEqualTo(Messages.get("gui.cases.allStatuses"));
        assertThat(status.getItems()).contains("已结案", "审查中");
        robot.interact(() -> status.setValue("已结案"));
        assertThat(vm.statusProperty().get()).isEqualTo("已结案");
        assertThat(vm.shownCases()).extracting(CaseSummary::caseId).containsExactly("1", "3");
        robot.interact(() -> district.setValue("雁塔区"));
        assertThat(vm.shownCases()).extracting(CaseSummary::caseId).containsExactly("3");

        robot.interact(() -> vm.setCases(CASES)); // the list read again (a case saved elsewhere)
        assertThat(status.getValue()).isEqualTo("已结案");
        assertThat(district.getValue()).isEqualTo("雁塔区");
        assertThat(vm.shownCases()).extracting(CaseSummary::caseId).containsExactly("3");

        robot.interact(() -> vm.setCases(List.of(c("2", "审查中", "雁塔区")))); // the chosen status is gone
        assertThat(vm.statusProperty().get()).isEqualTo(CaseListViewModel.ALL);
        assertThat(status.getConverter().toString(status.getValue())).isEqualTo(Messages.get("gui.cases.allStatuses"));
        assertThat(vm.shownCases()).extracting(CaseSummary::caseId).containsExactly("2");
    }
}
