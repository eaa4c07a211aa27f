package org.jrw.logic.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.exchange.ExchangeArchive;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Vault;
import org.jrw.testing.CliRunner;
import org.jrw.testing.TestPackages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smaller hostile-input items of issue 21: terminal control characters and bidi overrides
 * from a dossier, a decompression bomb refused on its declared sizes before inflating, a full disk
 * reported as such, and a size message without a literal {@code {1}}.
 */
class HostileInputTest {
    @TempDir
    Path tmp;

    @Test
    void controlCharactersAndBidiOverridesNeverReachTheTerminalRaw() throws Exception {
        TestPackages.Pkg pkg = TestPackages.valid("西应急罚〔2024〕94号");
        String title = "某公司\u001b]0;pwned\u0007\u001b[2J案\u202Egnp.exe\u2066x\u2069\u009b31m";
        pkg.manifest.with("case").put("title", title);
        Path ws = tmp.resolve("ws");
        CliRunner.Run imp = CliRunner.run("--workspace", ws.toString(), "case", "import",
                pkg.writeZip(tmp.resolve("evil.jrcase")).toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        CliRunner.Run human = CliRunner.run("--workspace", ws.toString(), "case", "list");
        CliRunner.Run json = CliRunner.run("--workspace", ws.toString(), "case", "list", "--json");
        for (String out : new String[] {human.out(), human.err(), json.out(), json.err()}) {
            assertThat(out.chars().filter(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202E || c == 0x2066
                    || c == 0x2069)).isEmpty();
        }
        assertThat(human.out()).contains("<U+202E>", "<U+001B>", "某公司");
        // the JSON still says exactly what the dossier says
        JsonNode parsed = Json.parse(json.out());
        assertThat(parsed.toString()).contains("某公司");
        assertThat(parsed.findValuesAsText("title")).contains(title);
    }

    @Test
    void aDecompressionBombIsRefusedOnItsDeclaredSizesBeforeInflating() throws Exception {
        TestPackages.Pkg pkg = TestPackages.valid("西应急罚〔2024〕93号");
        byte[] zeros = new byte[64 << 20];
        pkg.files.put("files/e1.jpg", zeros);
        ((ObjectNode) pkg.manifest.get("evidence").get(0)).put("sha256", Vault.hash(zeros));
        Path bomb = pkg.writeZip(tmp.resolve("bomb.jrcase"));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        Path ws = tmp.resolve("ws");
        CliRunner.Run r = CliRunner.run("--workspace", ws.toString(), "case", "import", bomb.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("压缩比异常", "files/e1.jpg", "未解压即拒绝");
        // the same in an exchange package, refused by the archive reader before extracting
        Path zip = tmp.resolve("bomb.jrreview");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write("{}".getBytes());
            z.putNextEntry(new ZipEntry("dossier/files/big.bin"));
            z.write(zeros);
        }
        Path staging = tmp.resolve("staging");
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ExchangeArchive.read(zip, null, staging, PackageSource.Limits.defaults()));
        assertThat(e.key()).isEqualTo("seats.zip.bomb");
        assertThat(Files.notExists(staging) || isEmpty(staging)).isTrue();
        // ordinary, poorly compressible evidence of the same size is not refused by the ratio
        assertThat(PackageSource.suspiciousRatio(64L << 20, 60L << 20)).isFalse();
        assertThat(PackageSource.suspiciousRatio(1L << 20, 1)).isFalse(); // small: left to the size budget
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void aFullDiskIsReportedAsAFullDiskNotAsAnUnreadablePackage() throws Exception {
        Path devFull = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(devFull), "needs /dev/full");
        IOException real = null;
        try (OutputStream out = Files.newOutputStream(devFull)) {
            out.write(new byte[8192]);
            out.flush();
        } catch (IOException e) {
            real = e;
        }
        assertThat(real).isNotNull();
        Messages.setLanguage("zh");
        BadInputException full = DossierImporter.failure(tmp.resolve("x.jrcase"), real, tmp.resolve("ws"));
        assertThat(full.key()).isEqualTo("seats.disk.full");
        assertThat(full.getMessage()).contains("磁盘空间不足").doesNotContain("无法读取");
        BadInputException other = DossierImporter.failure(tmp.resolve("x.jrcase"), new IOException("CRC error"),
                tmp.resolve("ws"));
        assertThat(other.key()).isEqualTo("import.package.unreadable");
        assertThat(new java.io.UncheckedIOException(real)).satisfies(u ->
                assertThat(DossierImporter.failure(tmp.resolve("x"), u, tmp).key()).isEqualTo("seats.disk.full"));
    }

    @Test
    void theExpandedSizeMessageNamesItsLimitInsteadOfALiteralPlaceholder() throws Exception {
        Path zip = tmp.resolve("big.jrreview");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(new byte[4096]);
        }
        Messages.setLanguage("zh");
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ExchangeArchive.read(zip, null, tmp.resolve("s"), new PackageSource.Limits(10, 1000, 1000)));
        assertThat(e.key()).isEqualTo("exchange.package.tooLarge");
        assertThat(e.getMessage()).doesNotContain("{").contains("big.jrreview", "上限");
    }
}
