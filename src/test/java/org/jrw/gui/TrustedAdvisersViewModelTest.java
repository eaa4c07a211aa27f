package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registered advisers' view-model without a window: a bad file refused and named, add, again, remove, export. */
class TrustedAdvisersViewModelTest {
    @TempDir
    Path tmp;

    @Test
    void registerRefuseRemoveAndExport() throws Exception {
        Messages.setLanguage("zh");
        Path cert = tmp.resolve("li-adviser.pem");
        CliRunner.Run r = CliRunner.run("--workspace", tmp.resolve("adviser").toString(), "package", "certificate",
                "--out", cert.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (AppContext ctx = new AppContext(tmp.resolve("host"), tmp.resolve("config"), TaskRunner.sameThread())) {
            TrustedAdvisersViewModel vm = new TrustedAdvisersViewModel(ctx);
            vm.load();
            assertThat(vm.advisers()).isEmpty();
            assertThat(vm.busyProperty().get()).isFalse();

            Path bad = Files.writeString(tmp.resolve("不是证书.pem"), "-----BEGIN CERTIFICATE-----\nabc\n",
                    StandardCharsets.UTF_8);
            vm.add(bad, "");
            assertThat(vm.errorProperty().get()).contains("不是证书.pem");
            assertThat(vm.advisers()).isEmpty();

            vm.add(cert, "李律师");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.advisers()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("李律师"));
            String sha = vm.advisers().get(0).sha256();
            assertThat(vm.messageProperty().get()).contains("李律师", sha);
            vm.add(cert, "李律师");
            assertThat(vm.advisers()).hasSize(1);

            vm.remove(vm.advisers().get(0));
            assertThat(vm.advisers()).isEmpty();
            assertThat(vm.messageProperty().get()).contains("李律师");

            Path own = tmp.resolve("本机证书.pem");
            vm.exportOwn(own);
            assertThat(Files.readString(own)).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(vm.messageProperty().get()).contains(own.toString());
        }
    }
}
