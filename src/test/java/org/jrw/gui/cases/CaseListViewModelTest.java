package org.jrw.gui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrw.model.CaseSummary;
import org.junit.jupiter.api.Test;

/** The case list's view-model without a window: loading, failed, no case, no match; filters and a kept selection. */
class CaseListViewModelTest {
    private static CaseSummary c(String id, String number, String title, String status, String district) {
        return new CaseSummary(id, number, title, status, district, "工贸", "西安市应急管理局");
    }

    @Test
    void theListSaysLoadingFailedNoCasesOrNoMatchAndFilters() {
        CaseListViewModel vm = new CaseListViewModel();
        assertThat(vm.stateProperty().get()).isEqualTo(CaseListViewModel.State.LOADING);
        vm.loadFailed();
        assertThat(vm.stateProperty().get()).isEqualTo(CaseListViewModel.State.FAILED);
        vm.setCases(List.of());
        assertThat(vm.stateProperty().get()).isEqualTo(CaseListViewModel.State.NO_CASES);

        CaseSummary a = c("a", "西应急罚〔2024〕37号", "焊接作业案", "审查中", "雁塔区");
        CaseSummary b = c("b", "西应急罚〔2024〕41号", "粉尘涉爆案", "已结案", "未央区");
        vm.setCases(List.of(a, b));
        assertThat(vm.stateProperty().get()).isEqualTo(CaseListViewModel.State.SHOWN);
        assertThat(vm.statuses()).containsExactly(CaseListViewModel.ALL, "审查中", "已结案");
        assertThat(vm.districts()).containsExactly(CaseListViewModel.ALL, "未央区", "雁塔区");

        vm.textProperty().set("粉尘");
        assertThat(vm.shownCases()).containsExactly(b);
        vm.textProperty().set("41号");
        assertThat(vm.shownCases()).containsExactly(b);
        vm.textProperty().set("");
        vm.districtProperty().set("雁塔区");
        assertThat(vm.shownCases()).containsExactly(a);
        vm.statusProperty().set("已结案");
        assertThat(vm.shownCases()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(CaseListViewModel.State.NO_MATCH);
    }

    @Test
    void aReloadKeepsTheSelectionAndDropsFilterChoicesThatAreGone() {
        CaseListViewModel vm = new CaseListViewModel();
        CaseSummary a = c("a", "1号", "甲案", "审查中", "雁塔区");
        CaseSummary b = c("b", "2号", "乙案", "已结案", "未央区");
        vm.setCases(List.of(a, b));
        vm.selectedProperty().set(b);
        vm.districtProperty().set("未央区");
        CaseSummary bAgain = c("b", "2号", "乙案（改）", "已结案", "灞桥区");
        vm.setCases(List.of(a, bAgain));
        assertThat(vm.districtProperty().get()).isEqualTo(CaseListViewModel.ALL);
        assertThat(vm.selectedProperty().get()).isSameAs(bAgain);
        assertThat(vm.allCases()).containsExactly(a, bAgain);
    }
}
