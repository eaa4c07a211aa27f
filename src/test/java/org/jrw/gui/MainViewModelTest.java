package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jrw.gui.cases.CaseListViewModel;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's view-model without a window: the first start lists the demo case and opens it;
 * export and import of a package report through the notifier; a broken package is an error
 * naming the file and the list stays as it was.
 */
class MainViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void firstStartOpensTheDemoCaseAndAPackageGoesOutAndComesBackIn() throws Exception {
        Messages.setLanguage("zh");
        Path pkg = tmp.resolve("demo.jrcase");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(ctx);
            RecordingNotifier notes = new RecordingNotifier();
            vm.setNotifier(notes);
            assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.LOADING);
            vm.start();
            assertThat(vm.readyProperty().get()).isTrue();
            assertThat(vm.cases().allCases()).isNotEmpty();
            assertThat(vm.cases().stateProperty().get()).isEqualTo(CaseListViewModel.State.SHOWN);
            assertThat(vm.overview().dossier()).isNotNull();
            assertThat(vm.overview().dossier().caseId()).isEqualTo(vm.cases().selectedProperty().get().caseId());
            assertThat(vm.statusProperty().get()).contains(String.valueOf(vm.cases().allCases().size()));
            assertThat(vm.canExport()).isTrue();
            vm.exportCurrent(pkg);
            assertThat(pkg).exists();
            assertThat(notes.infos).singleElement().asString().contains(pkg.toString());
            assertThat(notes.errors).isEmpty();
        }
        try (AppContext other = new AppContext(tmp.resolve("ws2"), tmp.resolve("config2"), TaskRunner.sameThread())) {
            MainViewModel vm = new MainViewModel(other);
            RecordingNotifier notes = new RecordingNotifier();
            vm.setNotifier(notes);
            Path broken = Files.write(tmp.resolve("坏的.jrcase"), new byte[] {1, 2, 3});
            vm.importPackages(List.of(broken));
            assertThat(notes.errors).singleElement().asString().contains("坏的.jrcase");
            assertThat(vm.cases().allCases()).isEmpty();
            vm.importPackages(List.of(pkg));
            assertThat(notes.infos).hasSize(1);
            assertThat(vm.cases().allCases()).hasSize(1);
            assertThat(vm.cases().selectedProperty().get()).isNotNull();
            assertThat(vm.overview().dossier()).isNotNull();
        }
    }
}
