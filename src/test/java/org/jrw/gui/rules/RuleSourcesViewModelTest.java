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
}
