package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registered adviser certificates (ADR 0008 addendum): what is read as one certificate and what is
 * refused naming the file, registering again renames, removal by a fingerprint prefix, a read-only
 * workspace refused with nothing written, and this workstation's certificate written for the host.
 */
class TrustedAdvisersTest {
    @TempDir
    Path tmp;
    static X509Certificate li;
    static X509Certificate noCn;

    @BeforeAll
    static void certificates() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        li = cert(g.generateKeyPair(), new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "李律师（工作站）"));
        noCn = cert(g.generateKeyPair(), new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.OU, "法律顾问室"));
    }

    private static X509Certificate cert(KeyPair kp, X500NameBuilder name) throws Exception {
        Instant now = Instant.now();
        var b = new JcaX509v3CertificateBuilder(name.build(), BigInteger.valueOf(System.nanoTime()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name.build(),
                kp.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    }

    private Path write(String name, byte[] content) throws Exception {
        return Files.write(tmp.resolve(name), content);
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
        } catch (BadInputException e) {
            return e.key() + ": " + e.getMessage();
        }
        return null;
    }

    @Test
    void oneCertificateInPemOrDerIsReadAnythingElseRefusedByName() throws Exception {
        Path der = write("li.cer", li.getEncoded());
        Path pem = write("li.pem", TrustedAdvisers.pem(li).getBytes(StandardCharsets.US_ASCII));
        assertThat(TrustedAdvisers.read(der)).isEqualTo(li);
        assertThat(TrustedAdvisers.read(pem)).isEqualTo(li);
        Path two = write("two.pem", (TrustedAdvisers.pem(li) + TrustedAdvisers.pem(noCn)).getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(() -> TrustedAdvisers.read(two))).startsWith("trust.cert.notOne").contains("two.pem");
        Path empty = write("empty.pem", new byte[0]);
        assertThat(refusal(() -> TrustedAdvisers.read(empty))).startsWith("trust.cert.notOne").contains("empty.pem");
        Path junk = write("junk.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(() -> TrustedAdvisers.read(junk))).startsWith("trust.cert.invalid").contains("junk.pem");
        Path big = tmp.resolve("big.pem");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((1 << 20) + 1);
        }
        assertThat(refusal(() -> TrustedAdvisers.read(big))).startsWith("trust.cert.invalid").contains("big.pem");
        assertThat(refusal(() -> TrustedAdvisers.read(tmp.resolve("none.pem")))).startsWith("exchange.package.notFound");
        assertThat(refusal(() -> TrustedAdvisers.read(tmp))).startsWith("exchange.package.notFound");
    }

    @Test
    void registeringEnforcesRegistrationAndRegisteringAgainRenames() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            TrustedAdvisers t = new TrustedAdvisers(ws);
            assertThat(t.enforced()).isFalse();
            String sha = PackageSignature.fingerprint(li);
            TrustedAdvisers.AddResult first = t.add(write("li.cer", li.getEncoded()), "  ");
            assertThat(first.added()).isTrue();
            assertThat(first.adviser().name()).as("the certificate's CN when no name is given").isEqualTo("李律师（工作站）");
            assertThat(first.adviser().sha256()).isEqualTo(sha);
            assertThat(t.enforced()).isTrue();
            TrustedAdvisers.AddResult again = t.add(write("li.pem", TrustedAdvisers.pem(li)
                    .getBytes(StandardCharsets.US_ASCII)), " 李某 律师 ");
            assertThat(again.added()).isFalse();
            assertThat(t.lookup(sha)).get().extracting(TrustedAdvisers.Registered::name).isEqualTo("李某 律师");
            TrustedAdvisers.AddResult other = t.add(write("ou.cer", noCn.getEncoded()), null);
            assertThat(other.adviser().name()).as("no CN: the subject").contains("法律顾问室");
            assertThat(t.list()).hasSize(2);
            assertThat(t.lookup("0".repeat(64))).isEmpty();
        }
    }

    @Test
    void removalNeedsAnUnambiguousFingerprintAndChangesNothingOtherwise() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            TrustedAdvisers t = new TrustedAdvisers(ws);
            t.add(write("li.cer", li.getEncoded()), "李律师");
            t.add(write("ou.cer", noCn.getEncoded()), "顾问室");
            String sha = PackageSignature.fingerprint(li);
            assertThat(refusal(() -> t.remove("abc"))).startsWith("trust.fingerprint.invalid");
            assertThat(refusal(() -> t.remove("zzzzzzzz"))).startsWith("trust.fingerprint.invalid");
            assertThat(refusal(() -> t.remove(null))).startsWith("trust.fingerprint.invalid");
            String unknown = sha.startsWith("00000000") ? "11111111" : "00000000";
            assertThat(refusal(() -> t.remove(unknown))).startsWith("trust.fingerprint.unknown");
            assertThat(t.list()).hasSize(2);
            // the fingerprint as tools show it: upper case, colons
            StringBuilder shown = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                shown.append(i == 0 ? "" : ":").append(sha.substring(i, i + 2).toUpperCase());
            }
            assertThat(t.remove(" " + shown + " ").sha256()).isEqualTo(sha);
            assertThat(t.list()).extracting(TrustedAdvisers.Registered::name).containsExactly("顾问室");
        }
    }

    @Test
    void aReadOnlyWorkspaceRegistersAndRemovesNothing() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            new TrustedAdvisers(ws).add(write("li.cer", li.getEncoded()), "李律师");
        }
        try (Workspace ro = Workspace.openReadOnly(dir)) {
            TrustedAdvisers t = new TrustedAdvisers(ro);
            assertThat(refusal(() -> t.add(tmp.resolve("li.cer"), "改名"))).startsWith("exchange.readOnlyWorkspace");
            assertThat(refusal(() -> t.remove(PackageSignature.fingerprint(li)))).startsWith("exchange.readOnlyWorkspace");
            assertThat(t.list()).extracting(TrustedAdvisers.Registered::name).containsExactly("李律师");
        }
    }

    @Test
    void theWorkstationCertificateIsWrittenAsPemWhereAskedOnly() throws Exception {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            TrustedAdvisers t = new TrustedAdvisers(ws);
            assertThat(refusal(() -> t.exportOwn(tmp))).startsWith("exchange.out.isDirectory");
            assertThat(refusal(() -> t.exportOwn(tmp.resolve("no/such/own.pem")))).startsWith("exchange.out.noFolder");
            assertThat(tmp.resolve("no")).doesNotExist();
            TrustedAdvisers.OwnCertificate own = t.exportOwn(tmp.resolve("own.pem"));
            assertThat(Files.readString(own.file())).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(PackageSignature.fingerprint(TrustedAdvisers.read(own.file()))).isEqualTo(own.sha256());
            assertThat(List.of(own.subject())).allSatisfy(s -> assertThat(s).contains("CN="));
        }
    }
}
