package org.jrw.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jrw.testing.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused read or write says why in the user's words, not in the JDK's or with a temporary file's path. */
class IoReasonsTest {
    @Test
    void theKindOfFailureInChinese() {
        Messages.setLanguage("zh");
        assertThat(IoReasons.of(new NoSuchFileException("/w/tmp/.jrw-export-1.part"))).isEqualTo("文件或文件夹不存在");
        assertThat(IoReasons.of(new AccessDeniedException("/x"))).isEqualTo("没有读写权限");
        assertThat(IoReasons.of(new FileSystemException("/x", null, "No space left on device"))).isEqualTo("磁盘空间不足");
        assertThat(IoReasons.of(new IOException("No space left on device"))).isEqualTo("磁盘空间不足");
        assertThat(IoReasons.of(new FileSystemException("/x", null, "Read-only file system"))).isEqualTo("所在磁盘为只读");
        assertThat(IoReasons.of(new java.io.FileNotFoundException("/x (Is a directory)"))).isEqualTo("这是一个文件夹，不是文件");
        assertThat(IoReasons.of(new UncheckedIOException(new java.util.zip.ZipException("invalid END header"))))
                .isEqualTo("文件不完整或已损坏");
        assertThat(IoReasons.of(new java.nio.charset.MalformedInputException(1))).isEqualTo("文本不是 UTF-8 编码");
        // another kind keeps its own first line
        assertThat(IoReasons.of(new IOException("第一行\n第二行"))).isEqualTo("第一行");
        assertThat(IoReasons.of(new IOException())).isEqualTo("IOException");
        // a parser's complaint in its own words gives way to the caller's wording
        assertThat(IoReasons.orElse(new IOException("Header doesn't contain versioninfo"), "io.reason.notPdf"))
                .isEqualTo("文件已损坏或不是有效的 PDF");
        assertThat(IoReasons.orElse(new NoSuchFileException("/x"), "io.reason.notPdf")).isEqualTo("文件或文件夹不存在");
    }

    @Test
    void andInEnglish() {
        Messages.setLanguage("en");
        try {
            assertThat(IoReasons.of(new NoSuchFileException("/x"))).isEqualTo("the file or folder does not exist");
        } finally {
            Messages.setLanguage("zh");
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyAndNotTheTemporaryFile(@TempDir Path tmp) {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc, where no file can be created");
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init", "--demo").code()).isZero();
        CliRunner.Run r = CliRunner.in(ws, "case", "export", "西应急罚〔2024〕37号", "--out", "/proc/jrw-test.jrcase");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("/proc/jrw-test.jrcase").contains("文件或文件夹不存在").doesNotContain(".part");
    }

    @Test
    void aFolderGivenAsThePrecedentFileIsCalledAFolderNotMissing(@TempDir Path tmp) {
        Path ws = tmp.resolve("ws");
        assertThat(CliRunner.run("--workspace", ws.toString(), "init").code()).isZero();
        CliRunner.Run r = CliRunner.in(ws, "precedent", "import", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("是一个文件夹").doesNotContain("找不到");
    }
}
