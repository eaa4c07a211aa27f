package org.jrw.gui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jrw.gui.AppContext;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule sources' view-model without a window: a place set and listed, a bad one refused with a message and nothing changed. */
class RuleSourcesViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void setsTheJurisdictionAndRefusesAPlaceThatDoesNotExist() {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            RuleSourcesViewModel vm = new RuleSourcesViewModel(ctx);
            vm.load();
            assertThat(vm.jurisdictionProperty().get()).isEmpty();
            boolean[] after = {false};
            vm.saveJurisdiction("陕西省西安市", () -> after[0] = true);
            assertThat(after[0]).isTrue();
            assertThat(vm.jurisdictionProperty().get()).isEqualTo("陕西省西安市");
            assertThat(vm.statusProperty().get()).contains("陕西省西安市");
            assertThat(vm.errorProperty().get()).isEmpty();

            vm.saveJurisdiction("火星省", () -> after[0] = false);
            assertThat(after[0]).isTrue(); // not run: refused
            assertThat(vm.errorProperty().get()).contains("火星省");
            vm.load();
            assertThat(vm.jurisdictionProperty().get()).isEqualTo("陕西省西安市");
        }
    }

    @Test
    void templatesGoToTheChosenFolderAndAreReplacedOnlyAfterAYes() throws Exception {
        Messages.setLanguage("zh");
        try (AppContext ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread())) {
            RuleSourcesViewModel vm = new RuleSourcesViewModel(ctx);
            org.jrw.gui.FakeDialogs dialogs = new org.jrw.gui.FakeDialogs();
            vm.setDialogs(dialogs);
            vm.load();
            // the built-in sources are listed; the table's state says so
            assertThat(vm.sourcesState().kind()).isEqualTo(
                    vm.sources().isEmpty() ? org.jrw.gui.ListState.Kind.EMPTY : org.jrw.gui.ListState.Kind.SHOWN);

            vm.templatesToChosenFolder(); // cancelled: nothing asked, nothing written
            assertThat(dialogs.questions).isEmpty();
            Path dir = java.nio.file.Files.createDirectories(tmp.resolve("模板"));
            dialogs.choose(dir);
            vm.templatesToChosenFolder();
            java.util.List<Path> written;
            try (var files = java.nio.file.Files.list(dir)) {
                written = files.toList();
            }
            assertThat(written).isNotEmpty();
            assertThat(dialogs.questions).isEmpty();
            // a filled-in template is there: the user is asked, and No keeps it
            Path filled = written.stream().filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            java.nio.file.Files.writeString(filled, "已填写");
            dialogs.choose(dir);
            vm.templatesToChosenFolder();
            assertThat(dialogs.questions).singleElement().asString().contains(filled.getFileName().toString());
            assertThat(java.nio.file.Files.readString(filled)).isEqualTo("已填写");
            dialogs.answer(true).choose(dir);
            vm.templatesToChosenFolder();
            assertThat(java.nio.file.Files.readString(filled)).isNotEqualTo("已填写");

            // the import asks for a template file and offers CSV and XLSX
            assertThat(vm.askRulesFile()).isEmpty();
            assertThat(dialogs.chooserTypes.get(dialogs.chooserTypes.size() - 1).get(0).patterns())
                    .containsExactly("*.csv", "*.xlsx");
        }
    }
}
