package org.jrw.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jrw.gui.AppContext;
import org.jrw.gui.FakeDialogs;
import org.jrw.gui.ListState;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.SearchResult;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precedent search window's view-model without a window or a JavaFX thread (same-thread task
 * runner: searches run at once, no debounce; a scripted dialog service): search, facets as filters,
 * nothing found, a failed search as the list's error state, the report exported where the dialog
 * service says, similar cases for the open case.
 */
class PrecedentSearchViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void searchFacetsEmptyResultReportAndSimilarCasesWithoutAWindow() throws Exception {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            ctx.loadDemoDossier(Progress.NONE);
            ctx.loadDemoPrecedents(Progress.NONE);
            Dossier open = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
            FakeDialogs dialogs = new FakeDialogs();
            try (PrecedentSearchViewModel vm = new PrecedentSearchViewModel(ctx, () -> open)) {
                vm.setDialogs(dialogs);
                List<ListState.Kind> states = new ArrayList<>();
                vm.resultsState().kindProperty().addListener((o, a, k) -> states.add(k));

                // an empty query lists the library; the list went through loading to shown
                vm.searchNow();
                assertThat(states).containsExactly(ListState.Kind.LOADING, ListState.Kind.SHOWN);
                assertThat(vm.hits()).isNotEmpty();
                assertThat(vm.totalProperty().get()).isGreaterThanOrEqualTo(vm.hits().size());
                assertThat(vm.busyProperty().get()).isFalse();
                assertThat(vm.facets().get("industry")).isNotEmpty();

                // a facet value filters; its group keeps offering its values so a second can be ticked
                SearchResult.FacetCount industry = vm.facets().get("industry").get(0);
                vm.selectFacets("industry", List.of(industry));
                assertThat(vm.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.industry()).contains(industry.value()));
                assertThat(vm.totalProperty().get()).isEqualTo(industry.count());
                assertThat(vm.facets().get("industry")).extracting(SearchResult.FacetCount::value).contains(industry.value());
                assertThat(vm.currentQuery().text()).contains(industry.value());
                vm.selectFacets("industry", List.of());
                assertThat(vm.selectedFacets()).isEmpty();
                int all = vm.totalProperty().get();
                assertThat(all).isGreaterThan(industry.count());

                // typing searches (at once here: no debounce without a JavaFX thread); nothing found is the
                // list's empty state with what to try, not an error
                states.clear();
                vm.queryProperty().set("齉齉齉鸁鸁");
                assertThat(vm.hits()).isEmpty();
                assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.EMPTY);
                assertThat(vm.resultsState().text()).isEqualTo(Messages.get("dialogs.search.empty"));
                assertThat(vm.noFullMatchProperty().get()).isTrue();
                assertThat(vm.messageProperty().get()).isEqualTo(Messages.get("search2.noFullMatch.none"));
                assertThat(states).containsExactly(ListState.Kind.LOADING, ListState.Kind.EMPTY);

                // the report: a cancelled chooser writes nothing; a name without .pdf gets it
                vm.queryProperty().set("");
                assertThat(vm.hits()).isNotEmpty();
                assertThat(vm.totalProperty().get()).isEqualTo(all);
                Hit first = vm.hits().get(0);
                vm.toggleChosen(first);
                vm.setNote(first, "事实相近，裁量可参考");
                vm.chooseReport();
                assertThat(dialogs.choosers).containsExactly(Messages.get("gui.search.report"));
                assertThat(dialogs.initialNames).containsExactly(Messages.get("ux.file.precedentReport"));
                try (var files = Files.list(tmp)) {
                    assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
                }
                dialogs.choose(tmp.resolve("类案检索报告"));
                vm.chooseReport();
                Path report = tmp.resolve("类案检索报告.pdf");
                assertThat(report).isRegularFile();
                assertThat(vm.messageProperty().get()).contains(report.toString());
                assertThat(dialogs.errors).isEmpty();

                // similar cases for the open case: reasons instead of match marks
                vm.similarToOpenDossier();
                assertThat(vm.similarModeProperty().get()).isTrue();
                assertThat(vm.hits()).isNotEmpty();
                assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.SHOWN);
                assertThat(vm.messageProperty().get()).contains(open.caseInfo().caseNumber());
            }
        }
    }

    @Test
    void aFailedSearchIsTheListsErrorStateNotNothingFound() throws Exception {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            // the index folder cannot be made (a file is in its place): the search fails
            Path index = ctx.openWorkspace().indexDir();
            if (Files.isDirectory(index)) {
                try (var walk = Files.walk(index)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.writeString(index, "not a folder");
            FakeDialogs dialogs = new FakeDialogs();
            try (PrecedentSearchViewModel vm = new PrecedentSearchViewModel(ctx, () -> null)) {
                vm.setDialogs(dialogs);
                vm.searchNow();
                assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.FAILED);
                assertThat(vm.resultsState().text()).startsWith(Messages.get("screens.list.failed", "").strip())
                        .contains(Messages.get("gui.search.rebuild"), "Not a directory")
                        .doesNotContain("java.", "Exception")
                        .isNotEqualTo(Messages.get("dialogs.search.empty"));
                assertThat(vm.messageProperty().get()).isEqualTo(vm.resultsState().text());
                assertThat(vm.hits()).isEmpty();
                assertThat(vm.facets()).isEmpty();
                assertThat(vm.busyProperty().get()).isFalse();

                // without an open case, similar cases say so and leave the list as it was
                vm.similarToOpenDossier();
                assertThat(vm.messageProperty().get()).isEqualTo(Messages.get("gui.search.noDossier"));
                assertThat(vm.resultsState().kind()).isEqualTo(ListState.Kind.FAILED);
            }
        }
    }
}
