package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package that is not encrypted is read with Commons Compress (ADR 0152): everything a hostile
 * ZIP can do is refused with the package's key before anything lands in the staging folder.
 */
class UntrustedZipTest {
    @TempDir
    Path tmp;

    private Path zip(String name, String... entries) throws IOException {
        Path f = tmp.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            for (String e : entries) {
                z.putNextEntry(new ZipEntry(e));
                z.write(("content of " + e).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return f;
    }

    private String refusal(Path pkg, PackageSource.Limits limits) {
        Path staging = tmp.resolve("staging");
        try {
            ExchangeArchive.read(pkg, null, staging, limits).close();
        } catch (BadInputException e) {
            try (var left = Files.exists(staging) ? Files.list(staging) : java.util.stream.Stream.<Path>empty()) {
                assertThat(left).as("nothing left in the staging folder").isEmpty();
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            return e.key();
        }
        return null;
    }

    @Test
    void aPlainPackageIsExtractedWithItsNames() throws Exception {
        Path pkg = zip("ok.jrreview", "manifest.json", "files/a.pdf");
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(pkg, null, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.names()).containsExactly("files/a.pdf", "manifest.json");
            assertThat(x.encrypted()).isFalse();
            assertThat(new String(x.bytes("files/a.pdf", 1000), StandardCharsets.UTF_8)).isEqualTo("content of files/a.pdf");
        }
    }

    @Test
    void hostileNamesDuplicatesCountsAndSizesAreRefused() throws Exception {
        PackageSource.Limits d = PackageSource.Limits.defaults();
        assertThat(refusal(zip("up.jrreview", "manifest.json", "../evil.txt"), d)).isEqualTo("exchange.package.badEntry");
        assertThat(refusal(zip("abs.jrreview", "/etc/passwd"), d)).isEqualTo("exchange.package.badEntry");
        assertThat(refusal(zip("many.jrreview", "a", "b", "c"), new PackageSource.Limits(2, 1L << 20, 1L << 20)))
                .isEqualTo("exchange.package.tooManyEntries");
        assertThat(refusal(zip("big.jrreview", "a", "b"), new PackageSource.Limits(10, 5, 1L << 20)))
                .isEqualTo("exchange.package.tooLarge");
        assertThat(refusal(Files.writeString(tmp.resolve("text.jrreview"), "not a zip at all, but long enough"), d))
                .isEqualTo("exchange.package.notZip");

        Path dup = tmp.resolve("dup.jrreview");
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(dup.toFile())) {
            for (int i = 0; i < 2; i++) {
                z.putArchiveEntry(new ZipArchiveEntry("manifest.json"));
                z.write("{}".getBytes(StandardCharsets.UTF_8));
                z.closeArchiveEntry();
            }
        }
        assertThat(refusal(dup, d)).isEqualTo("exchange.package.duplicate");

        Path link = tmp.resolve("link.jrreview");
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(link.toFile())) {
            ZipArchiveEntry e = new ZipArchiveEntry("files/a.pdf");
            e.setUnixMode(0120777); // a symbolic link
            z.putArchiveEntry(e);
            z.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
            z.closeArchiveEntry();
        }
        assertThat(refusal(link, d)).isEqualTo("exchange.package.link");
    }

    @Test
    void aBombIsRefusedOnItsDeclaredRatioAndALyingHeaderWhileInflating() throws Exception {
        Path bomb = tmp.resolve("bomb.jrreview");
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bomb.toFile())) {
            z.putArchiveEntry(new ZipArchiveEntry("files/zeros.bin"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(block); // 40 MiB of zeros compress about 1000:1
            }
            z.closeArchiveEntry();
        }
        assertThat(refusal(bomb, PackageSource.Limits.defaults())).isEqualTo("seats.zip.bomb");

        // an entry that inflates to more than its header declares
        Path lying = tmp.resolve("lying.jrreview");
        byte[] content = "far more than the header says".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(lying); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("files/a.txt");
            e.setMethod(ZipEntry.STORED);
            e.setSize(content.length);
            e.setCompressedSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(content);
            z.closeEntry();
        }
        byte[] b = Files.readAllBytes(lying);
        // patch the central directory's uncompressed size (offset 24 in the entry) to 4 bytes
        int cd = lastIndexOf(b, new byte[] {0x50, 0x4b, 0x01, 0x02});
        b[cd + 24] = 4;
        b[cd + 25] = 0;
        b[cd + 26] = 0;
        b[cd + 27] = 0;
        Files.write(lying, b);
        String key = refusal(lying, PackageSource.Limits.defaults());
        assertThat(key).isEqualTo("seats.zip.lying");
    }

    private static int lastIndexOf(byte[] b, byte[] p) {
        for (int i = b.length - p.length; i >= 0; i--) {
            boolean m = true;
            for (int k = 0; k < p.length && m; k++) {
                m = b[i + k] == p[k];
            }
            if (m) {
                return i;
            }
        }
        return -1;
    }
}
