package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
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
 * An AES-encrypted package is opened with zip4j (ADR 0152) and meets the same distrust as a plain
 * one: a password is required and checked, hostile names, links, duplicates, counts and sizes are
 * refused — also inside the sealed inner ZIP — with the user's file named, and nothing is left in
 * the staging folder after a refusal.
 */
class EncryptedArchiveTest {
    static final char[] PW = "geheim-密码".toCharArray();

    @TempDir
    Path tmp;

    /** An encrypted ZIP written entry by entry (entries: name, content, name, content …). */
    private Path aes(String name, char[] password, String... entries) throws IOException {
        Path f = tmp.resolve(name);
        try (OutputStream fo = Files.newOutputStream(f);
             ZipOutputStream z = new ZipOutputStream(fo, password, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipParameters p = new ZipParameters();
                p.setFileNameInZip(entries[i]);
                p.setCompressionMethod(CompressionMethod.DEFLATE);
                if (password != null) {
                    p.setEncryptFiles(true);
                    p.setEncryptionMethod(EncryptionMethod.AES);
                    p.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
                }
                z.putNextEntry(p);
                if (entries[i + 1] != null) {
                    z.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                }
                z.closeEntry();
            }
        }
        return f;
    }

    private String refusal(Path pkg, char[] password, PackageSource.Limits limits) {
        Path staging = tmp.resolve("staging");
        try {
            ExchangeArchive.read(pkg, password, staging, limits).close();
        } catch (BadInputException e) {
            try (var left = Files.exists(staging) ? Files.list(staging) : java.util.stream.Stream.<Path>empty()) {
                assertThat(left).as("nothing left in the staging folder").isEmpty();
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            assertThat(e.getMessage()).as("the message names the user's file").contains(pkg.getFileName().toString());
            return e.key();
        }
        return null;
    }

    @Test
    void aSealedPackageOpensWithItsPasswordOnlyAndLeavesNothingBehind() throws Exception {
        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put("dossier/files/询问笔录-张某华.pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
        Path pkg = tmp.resolve("sealed.jrreview");
        ExchangeArchive.write(pkg, entries, PW);
        PackageSource.Limits d = PackageSource.Limits.defaults();
        assertThat(refusal(pkg, null, d)).isEqualTo("exchange.package.needsPassword");
        assertThat(refusal(pkg, new char[0], d)).isEqualTo("exchange.package.needsPassword");
        assertThat(refusal(pkg, "falsch".toCharArray(), d)).isEqualTo("exchange.package.wrongPassword");
        Path staging = tmp.resolve("staging");
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(pkg, PW, staging, d)) {
            assertThat(x.encrypted()).isTrue();
            assertThat(x.names()).containsExactly("dossier/files/询问笔录-张某华.pdf", "manifest.json");
            assertThat(x.bytes("manifest.json", 10)).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
            assertThat(x.bytes("absent", 10)).isNull();
            try (var left = Files.list(staging)) {
                assertThat(left).as("only the inner package's folder, the envelope's is gone").hasSize(1);
            }
        }
        try (var left = Files.list(staging)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anEntryLargerThanTheReaderAllowsIsRefused() throws Exception {
        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("manifest.json", "0123456789ABCDEF".getBytes(StandardCharsets.UTF_8));
        Path pkg = tmp.resolve("p.jrreview");
        ExchangeArchive.write(pkg, entries, null);
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(pkg, null, tmp.resolve("s"),
                PackageSource.Limits.defaults())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.bytes("manifest.json", 8))
                    .isInstanceOfSatisfying(BadInputException.class, e -> {
                        assertThat(e.key()).isEqualTo("exchange.package.tooLarge");
                        assertThat(e.getMessage()).contains("manifest.json");
                    });
        }
    }

    @Test
    void anEntryByEntryEncryptedPackageStillOpens() throws Exception {
        Path pkg = aes("legacy.jrreview", PW, "files/", null, "manifest.json", "{}", "files/a.txt", "甲");
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(pkg, PW, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.encrypted()).isTrue();
            assertThat(x.names()).as("directories are not files").containsExactly("files/a.txt", "manifest.json");
        }
    }

    @Test
    void hostileEntriesOfAnEncryptedPackageAreRefused() throws Exception {
        PackageSource.Limits d = PackageSource.Limits.defaults();
        assertThat(refusal(aes("up.jrreview", PW, "manifest.json", "{}", "../evil.txt", "x"), PW, d))
                .isEqualTo("exchange.package.badEntry");
        assertThat(refusal(aes("dup.jrreview", PW, "manifest.json", "{}", "manifest.json", "{}"), PW, d))
                .isEqualTo("exchange.package.duplicate");
        assertThat(refusal(aes("many.jrreview", PW, "a", "1", "b", "2", "c", "3"), PW,
                new PackageSource.Limits(2, 1L << 20, 1L << 20))).isEqualTo("exchange.package.tooManyEntries");
        assertThat(refusal(aes("big.jrreview", PW, "a", "0123456789", "b", "0123456789"), PW,
                new PackageSource.Limits(10, 15, 1L << 20))).isEqualTo("exchange.package.tooLarge");
    }

    @Test
    void hostileEntriesInsideTheSealedZipAreRefusedInTheUsersName() throws Exception {
        Path inner = tmp.resolve("inner.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(inner))) {
            for (String n : new String[] {"manifest.json", "../../evil.txt"}) {
                z.putNextEntry(new java.util.zip.ZipEntry(n));
                z.write("x".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        TreeMap<String, Object> sealed = new TreeMap<>();
        sealed.put(ExchangeArchive.SEALED, inner);
        Path pkg = tmp.resolve("envelope.jrreview");
        // the writer seals whatever it is given: the entries of this envelope are the hostile ZIP itself
        try (OutputStream fo = Files.newOutputStream(pkg);
             ZipOutputStream z = new ZipOutputStream(fo, PW, StandardCharsets.UTF_8)) {
            ZipParameters p = new ZipParameters();
            p.setFileNameInZip(ExchangeArchive.SEALED);
            p.setEncryptFiles(true);
            p.setEncryptionMethod(EncryptionMethod.AES);
            z.putNextEntry(p);
            z.write(Files.readAllBytes(inner));
            z.closeEntry();
        }
        assertThat(refusal(pkg, PW, PackageSource.Limits.defaults())).isEqualTo("exchange.package.badEntry");
    }

    @Test
    void aDirectoryATinyFileOrNothingIsNotAPackage() throws Exception {
        PackageSource.Limits d = PackageSource.Limits.defaults();
        assertThat(refusal(Files.createDirectory(tmp.resolve("dir.jrreview")), null, d))
                .isEqualTo("exchange.package.notZip");
        assertThat(refusal(Files.write(tmp.resolve("tiny.jrreview"), new byte[] {'P', 'K'}), null, d))
                .isEqualTo("exchange.package.notZip");
        try {
            ExchangeArchive.read(tmp.resolve("absent.jrreview"), null, tmp.resolve("staging"), d);
            throw new AssertionError("read an absent file");
        } catch (BadInputException e) {
            assertThat(e.key()).isEqualTo("exchange.package.notFound");
        }
    }

    @Test
    void writingRefusesAFolderAsTargetAndAMissingFolder() {
        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        try {
            ExchangeArchive.write(tmp, entries, null);
            throw new AssertionError("wrote over a folder");
        } catch (BadInputException e) {
            assertThat(e.key()).isEqualTo("exchange.out.isDirectory");
        }
        try {
            ExchangeArchive.write(tmp.resolve("no/such/p.jrreview"), entries, null);
            throw new AssertionError("wrote into a missing folder");
        } catch (BadInputException e) {
            assertThat(e.key()).isEqualTo("exchange.out.noFolder");
        }
        assertThat(tmp.resolve("no")).doesNotExist();
    }

    @Test
    void anEncryptedPackageThatIsNotSealedOpensEntryByEntryAndAnEmptyPasswordEncryptsNothing() throws Exception {
        Path one = aes("one.jrreview", PW, "manifest.json", "{}");
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(one, PW, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.encrypted()).isTrue();
            assertThat(x.names()).containsExactly("manifest.json");
        }
        Path mixed = aes("mixed.jrreview", PW, ExchangeArchive.SEALED, "not a zip", "manifest.json", "{}");
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(mixed, PW, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.names()).as("two entries: not an envelope").containsExactly("manifest.json", "sealed.zip");
        }
        TreeMap<String, Object> entries = new TreeMap<>();
        entries.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        Path plain = tmp.resolve("plain.jrreview");
        ExchangeArchive.write(plain, entries, new char[0]);
        try (ExchangeArchive.Extracted x = ExchangeArchive.read(plain, null, tmp.resolve("staging"),
                PackageSource.Limits.defaults())) {
            assertThat(x.encrypted()).isFalse();
        }
        assertThat(refusalOfNull()).isEqualTo("exchange.package.notFound");
    }

    private String refusalOfNull() {
        try {
            ExchangeArchive.read(null, null, tmp.resolve("staging"), PackageSource.Limits.defaults());
        } catch (BadInputException e) {
            return e.key();
        }
        return null;
    }

    @Test
    void anEncryptedBombIsRefusedOnWhatItDeclares() throws Exception {
        Path bomb = tmp.resolve("bomb.jrreview");
        try (OutputStream fo = Files.newOutputStream(bomb);
             ZipOutputStream z = new ZipOutputStream(fo, PW, StandardCharsets.UTF_8)) {
            ZipParameters p = new ZipParameters();
            p.setFileNameInZip("files/zeros.bin");
            p.setEncryptFiles(true);
            p.setEncryptionMethod(EncryptionMethod.AES);
            z.putNextEntry(p);
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(block); // 40 MiB of zeros compress about 1000:1
            }
            z.closeEntry();
        }
        assertThat(refusal(bomb, PW, PackageSource.Limits.defaults())).isEqualTo("seats.zip.bomb");
    }
}
