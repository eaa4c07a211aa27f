package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dialog service's own rules: the extension added to a bare name, choosers with a folder on a quiet service. */
class DialogServiceTest {
    @Test
    void aNameTypedWithoutTheExtensionGetsIt() {
        assertThat(DialogService.withExtension(Path.of("out", "意见书"), ".pdf")).isEqualTo(Path.of("out", "意见书.pdf"));
        assertThat(DialogService.withExtension(Path.of("out", "意见书.PDF"), ".pdf")).isEqualTo(Path.of("out", "意见书.PDF"));
        assertThat(DialogService.withExtension(Path.of("out", "a.pdf"), ".jrcase")).isEqualTo(Path.of("out", "a.pdf.jrcase"));
    }

    @Test
    void aQuietServiceCancelsChoosersWithAFolderToo() {
        List<String> said = new ArrayList<>();
        DialogService quiet = DialogService.quiet(said::add);
        List<DialogService.FileType> pdf = List.of(DialogService.FileType.of("PDF", "*.pdf"));
        assertThat(quiet.saveFile("t", Path.of("."), "a.pdf", pdf)).isEmpty();
        assertThat(quiet.openFile("t", Path.of("."), pdf)).isEmpty();
        assertThat(quiet.confirm("t", "q")).isFalse();
        quiet.error("t", "wrong");
        assertThat(said).containsExactly("wrong");
    }
}
