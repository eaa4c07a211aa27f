package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corners of reading an encrypted (entry by entry) package that only a crafted central
 * directory reaches: a link entry, a size header that lies, more bytes than the budget while
 * unpacking, and entry data that does not decrypt. Each is refused in the user's file's name and
 * leaves nothing in the staging folder.
 */
class ArchiveCornersTest {
    static final char[] PW = "geheim-密码".toCharArray();

    @TempDir
    Path tmp;

    /** An AES-encrypted ZIP, entry by entry (name, content, name, content …). */
    private byte[] aes(String... entries) throws IOException {
        Path f = tmp.resolve("raw-" + System.nanoTime() + ".zip");
        try (OutputStream fo = Files.newOutputStream(f);
             ZipOutputStream z = new ZipOutputStream(fo, PW, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipParameters p = new ZipParameters();
                p.setFileNameInZip(entries[i]);
                p.setCompressionMethod(CompressionMethod.DEFLATE);
                p.setEncryptFiles(true);
                p.setEncryptionMethod(EncryptionMethod.AES);
                p.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
                z.putNextEntry(p);
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        byte[] b = Files.readAllBytes(f);
        Files.delete(f);
        return b;
    }

    /** The offset of the {@code index}-th central directory header. */
    private static int central(byte[] zip, int index) {
        for (int i = 0, seen = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && seen++ == index) {
                return i;
            }
        }
        throw new AssertionError("no central directory header " + index);
    }

    private static void putInt(byte[] zip, int at, int value) {
        ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    }

    private String refusal(String fileName, byte[] zip, PackageSource.Limits limits) throws IOException {
        Path pkg = Files.write(tmp.resolve(fileName), zip);
        Path staging = tmp.resolve("staging");
        try {
            ExchangeArchive.read(pkg, PW, staging, limits).close();
        } catch (BadInputException e) {
            try (var left = Files.exists(staging) ? Files.list(staging) : java.util.stream.Stream.<Path>empty()) {
                assertThat(left).as("nothing left in the staging folder").isEmpty();
            }
            assertThat(e.getMessage()).as("the message names the user's file").contains(fileName);
            return e.key();
        }
        return null;
    }

    @Test
    void aLinkEntryIsRefused() throws Exception {
        byte[] zip = aes("manifest.json", "{}", "files/link", "/etc/passwd");
        int h = central(zip, 1);
        putInt(zip, h + 38, 0120777 << 16); // unix mode: symbolic link
        assertThat(refusal("link.jrreview", zip, PackageSource.Limits.defaults())).isEqualTo("exchange.package.link");
        // the same package without the link bit opens: the mode alone decided
        putInt(zip, h + 38, 0100644 << 16);
        Path ok = Files.write(tmp.resolve("plain-mode.jrreview"), zip);
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(ok, PW, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.names()).containsExactly("files/link", "manifest.json");
        }
    }

    @Test
    void anEntryLongerThanItsHeaderDeclaresIsRefusedWhileUnpacking() throws Exception {
        byte[] zip = aes("manifest.json", "{\"a\":\"0123456789012345678901234567890123456789\"}");
        putInt(zip, central(zip, 0) + 24, 4); // declares 4 bytes, holds 48
        assertThat(refusal("lying.jrreview", zip, PackageSource.Limits.defaults())).isEqualTo("seats.zip.lying");
    }

    @Test
    void unpackingPastTheSizeBudgetIsRefusedEvenWhenTheHeadersDeclareLittle() throws Exception {
        byte[] zip = aes("a.txt", "0123456789012345678901234567890123456789");
        putInt(zip, central(zip, 0) + 24, 4); // the directory declares 4 bytes: within the budget
        assertThat(refusal("budget.jrreview", zip, new PackageSource.Limits(10, 20, 1L << 20)))
                .isEqualTo("exchange.package.tooLarge");
    }

    @Test
    void entryDataThatDoesNotDecryptIsACorruptPackageNotAWrongPassword() throws Exception {
        String content = "0123456789".repeat(20);
        byte[] zip = aes("a.txt", content);
        // flip bytes in the middle of the encrypted data (after the 30-byte local header, the name,
        // the AES extra field and the salt): the authentication code no longer matches
        int data = 30 + "a.txt".length() + 11 + 16 + 2 + 10;
        for (int i = data; i < data + 8; i++) {
            zip[i] ^= 0x5A;
        }
        assertThat(refusal("corrupt.jrreview", zip, PackageSource.Limits.defaults()))
                .isEqualTo("exchange.package.corrupt");
    }

    /** A plain ZIP (entries: name, content …; a name ending in / is a folder). */
    private static byte[] plain(String... entries) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new java.util.zip.ZipEntry(entries[i]));
                z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aPlainPackageWhoseHeadersLieIsRefusedWhileUnpacking() throws Exception {
        String long48 = "0123456789".repeat(4) + "01234567";
        byte[] lying = plain("files/", "", "manifest.json", long48);
        putInt(lying, central(lying, 1) + 24, 4);
        assertThat(refusal("plain-lying.jrreview", lying, PackageSource.Limits.defaults())).isEqualTo("seats.zip.lying");
        byte[] over = plain("a.txt", long48);
        putInt(over, central(over, 0) + 24, 4);
        assertThat(refusal("plain-budget.jrreview", over, new PackageSource.Limits(10, 20, 1L << 20)))
                .isEqualTo("exchange.package.tooLarge");
        // honest headers: the folder entry is skipped, the file read
        Path ok = Files.write(tmp.resolve("plain-ok.jrreview"), plain("files/", "", "manifest.json", long48));
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(ok, null, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.names()).containsExactly("manifest.json");
            assertThat(x.encrypted()).isFalse();
        }
    }
}
