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
            c("3", "已结案", "雁塔区"), c("4", "审查中", "西咸新区沣东新城管理委员会辖区"));

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

    /** The choice box's menu (its skin keeps it private), or null before the skin exists. */
    private static javafx.scene.control.ContextMenu menuOf(ChoiceBox<String> box) throws Exception {
        Object skin = box.getSkin();
        for (java.lang.reflect.Field f : skin.getClass().getDeclaredFields()) {
            if (javafx.scene.control.ContextMenu.class.isAssignableFrom(f.getType())) {
                f.setAccessible(true);
                return (javafx.scene.control.ContextMenu) f.get(skin);
            }
        }
        throw new AssertionError("no menu in " + skin.getClass());
    }

    /**
     * The two filters share the row equally whatever their choices (a long district name does not
     * widen its box), their menus are not laid out before anyone opens them (that cost the window's
     * first frame some 20 ms), and an opened menu shows its longest choice whole.
     */
    @Test
    void theFiltersShareTheRowAndTheirMenusWaitUntilOpened(FxRobot robot) throws Exception {
        ChoiceBox<String> status = box(robot, "#caseStatusFilter");
        ChoiceBox<String> district = box(robot, "#caseDistrictFilter");
        assertThat(district.getWidth()).isCloseTo(status.getWidth(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(status.getWidth() + district.getWidth()).isGreaterThan(280); // the row, less padding and gap
        assertThat(menuOf(district).getSkin()).as("the menu's skin before the menu is opened").isNull();

        robot.interact(district::show);
        javafx.scene.control.ContextMenu menu = menuOf(district);
        assertThat(menu.isShowing()).isTrue();
        javafx.scene.control.Label shown = robot.lookup(n -> n instanceof javafx.scene.control.Label l
                && "西咸新区沣东新城管理委员会辖区".equals(l.getText())).queryAs(javafx.scene.control.Label.class);
        assertThat(shown.getWidth()).as("the longest choice, whole").isGreaterThanOrEqualTo(shown.prefWidth(-1) - 0.5);
        robot.interact(district::hide);
    }
}
