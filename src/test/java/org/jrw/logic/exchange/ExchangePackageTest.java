package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.model.BadInputException;
import org.jrw.testing.EvidenceFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a signed package (ADR 0008), refusal by refusal: what is not a package of this format and
 * version is bad input naming the field; a missing or invalid signature, a signer other than the one
 * the manifest names, a certificate not valid when it signed, and a file missing, altered, added or
 * listed outside the package are refused as verification failures — and nothing is left in the
 * staging folder.
 */
class ExchangePackageTest {
    @TempDir
    static Path keys;
    @TempDir
    Path tmp;
    static SigningIdentity host;
    static SigningIdentity other;
    static SigningIdentity expired;

    @BeforeAll
    static void identities() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        Instant now = Instant.now();
        host = identity(g.generateKeyPair(), "主办人（工作站）", now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        other = identity(g.generateKeyPair(), "冒名者", now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS));
        expired = identity(g.generateKeyPair(), "主办人（旧证书）", now.minus(60, ChronoUnit.DAYS),
                now.minus(30, ChronoUnit.DAYS));
    }

    private static SigningIdentity identity(KeyPair kp, String cn, Instant from, Instant to) throws Exception {
        var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
        var b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()), Date.from(from),
                Date.from(to), name, kp.getPublic());
        var cert = new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        return new SigningIdentity(kp.getPrivate(), List.of(cert));
    }

    private Map<String, Object> manifest(SigningIdentity signer) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", ExchangePackage.REVIEW_FORMAT);
        m.put("version", 1);
        m.put("sender", Map.of("name", "主办人", "certificateSha256",
                PackageSignature.fingerprint(signer.certificate())));
        return m;
    }

    private static TreeMap<String, Object> files() {
        TreeMap<String, Object> f = new TreeMap<>();
        f.put("dossier/manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        f.put("layer/review.json", "{\"views\":[]}".getBytes(StandardCharsets.UTF_8));
        return f;
    }

    /** A package signed by {@code key}; {@code manifest} may be changed before the file list is added, {@code after} after sealing. */
    private Path pkg(String name, SigningIdentity key, Consumer<Map<String, Object>> manifest,
                     Consumer<TreeMap<String, Object>> after) {
        TreeMap<String, Object> entries = files();
        Map<String, Object> m = manifest(host);
        m.put("files", ExchangeSupport.fileList(entries));
        manifest.accept(m);
        byte[] bytes = ExchangeSupport.bytes(m);
        entries.put(ExchangePackage.MANIFEST, bytes);
        entries.put(ExchangePackage.SIGNATURE, PackageSignature.sign(bytes, key));
        after.accept(entries);
        Path out = tmp.resolve(name);
        ExchangeArchive.write(out, entries, null);
        return out;
    }

    private Path pkg(String name, Consumer<Map<String, Object>> manifest, Consumer<TreeMap<String, Object>> after) {
        return pkg(name, host, manifest, after);
    }

    private String refusal(Path file, String format) {
        Path staging = tmp.resolve("staging");
        try {
            ExchangePackage.open(file, null, format, "sender", staging).close();
        } catch (BadInputException e) {
            try (var left = Files.exists(staging) ? Files.list(staging) : java.util.stream.Stream.<Path>empty()) {
                assertThat(left).as("nothing left in the staging folder").isEmpty();
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            assertThat(e.getMessage()).contains(file.getFileName().toString());
            String kind = e instanceof ExchangeVerificationException ? "verify " : "bad ";
            return kind + e.key() + " " + e.getMessage();
        }
        return null;
    }

    private String refusal(Path file) {
        return refusal(file, ExchangePackage.REVIEW_FORMAT);
    }

    @Test
    void anIntactPackageOpensWithItsSigner() {
        Path ok = pkg("ok.jrreview", m -> { }, e -> { });
        try (ExchangePackage p = ExchangePackage.open(ok, null, ExchangePackage.REVIEW_FORMAT, "sender",
                tmp.resolve("staging"))) {
            assertThat(p.signer().commonName()).isEqualTo("主办人（工作站）");
            assertThat(p.json("layer/review.json").path("views").isArray()).isTrue();
            assertThat(refusalOf(() -> p.json("layer/absent.json"))).startsWith("exchange.package.badManifest")
                    .contains("layer/absent.json");
            assertThat(refusalOf(() -> p.json("dossier/manifest.json"))).isNull();
        }
    }

    @Test
    void aPackageThatIsNotOfThisFormatOrVersionIsBadInputNamingTheField() {
        assertThat(refusal(pkg("response.jrreview", m -> m.put("format", ExchangePackage.RESPONSE_FORMAT), e -> { })))
                .startsWith("bad exchange.package.wrongFormat").contains(ExchangePackage.RESPONSE_FORMAT);
        assertThat(refusal(pkg("noformat.jrreview", m -> m.remove("format"), e -> { })))
                .startsWith("bad exchange.package.wrongFormat").contains("?");
        assertThat(refusal(pkg("v2.jrreview", m -> m.put("version", 2), e -> { })))
                .startsWith("bad exchange.package.version").contains(" 2 ");
        assertThat(refusal(pkg("novers.jrreview", m -> m.remove("version"), e -> { })))
                .startsWith("bad exchange.package.version");
        assertThat(refusal(pkg("nomanifest.jrreview", m -> { }, e -> e.remove(ExchangePackage.MANIFEST))))
                .startsWith("bad exchange.package.noManifest");
        assertThat(refusal(pkg("badjson.jrreview", m -> { }, e -> e.put(ExchangePackage.MANIFEST,
                "{\"format\": ".getBytes(StandardCharsets.UTF_8))))).startsWith("bad exchange.package.badManifest");
        assertThat(refusal(pkg("files.jrreview", m -> m.put("files", "all"), e -> { })))
                .startsWith("bad exchange.package.badManifest").endsWith("files");
    }

    @Test
    void aMissingForgedOrForeignSignatureIsRefused() {
        assertThat(refusal(pkg("nosig.jrreview", m -> { }, e -> e.remove(ExchangePackage.SIGNATURE))))
                .startsWith("verify exchange.signature.missing");
        assertThat(refusal(pkg("junk.jrreview", m -> { }, e -> e.put(ExchangePackage.SIGNATURE,
                "not CMS".getBytes(StandardCharsets.UTF_8))))).startsWith("verify exchange.signature.invalid");
        // the manifest changed after signing (a file added to the list by hand)
        assertThat(refusal(pkg("edited.jrreview", m -> { }, e -> e.put(ExchangePackage.MANIFEST,
                new String((byte[]) e.get(ExchangePackage.MANIFEST), StandardCharsets.UTF_8)
                        .replace("主办人\"", "他人\"").getBytes(StandardCharsets.UTF_8)))))
                .startsWith("verify exchange.signature.invalid");
        // signed with a valid key that is not the one the manifest names
        assertThat(refusal(pkg("other.jrreview", other, m -> { }, e -> { })))
                .startsWith("verify exchange.signature.otherSigner").contains("冒名者");
        // a certificate that had expired when it signed
        assertThat(refusal(pkg("expired.jrreview", expired, m -> m.put("sender", Map.of("certificateSha256",
                PackageSignature.fingerprint(expired.certificate()))), e -> { })))
                .startsWith("verify exchange.signature.invalid");
    }

    @Test
    void aFileMissingAlteredAddedOrListedOutsideThePackageIsRefused() {
        assertThat(refusal(pkg("missing.jrreview", m -> { }, e -> e.remove("layer/review.json"))))
                .startsWith("verify exchange.file.missing").contains("layer/review.json");
        assertThat(refusal(pkg("altered.jrreview", m -> { }, e -> e.put("layer/review.json",
                "{\"views\":[1]}".getBytes(StandardCharsets.UTF_8))))).startsWith("verify exchange.file.hashMismatch")
                .contains("layer/review.json");
        assertThat(refusal(pkg("added.jrreview", m -> { }, e -> e.put("layer/extra.json",
                "{}".getBytes(StandardCharsets.UTF_8))))).startsWith("verify exchange.file.unlisted")
                .contains("layer/extra.json");
        assertThat(refusal(pkg("traversal.jrreview", m -> m.put("files", List.of(Map.of("path", "../../etc/passwd",
                "sha256", "00"))), e -> { }))).startsWith("bad exchange.package.badManifest").contains("../../etc/passwd");
        assertThat(refusal(pkg("twice.jrreview", m -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> l = new java.util.ArrayList<>((List<Map<String, Object>>) m.get("files"));
            l.add(l.get(0));
            m.put("files", l);
        }, e -> { }))).startsWith("bad exchange.package.badManifest");
        assertThat(refusal(pkg("listsManifest.jrreview", m -> m.put("files", List.of(Map.of("path",
                ExchangePackage.MANIFEST, "sha256", "00"))), e -> { }))).startsWith("bad exchange.package.badManifest");
    }

    private static String refusalOf(Runnable r) {
        try {
            r.run();
        } catch (BadInputException e) {
            return e.key() + " " + e.getMessage();
        }
        return null;
    }

    @Test
    void anAuditAnchorIsReadFromAPackageOfEitherKindOrAPdf() throws Exception {
        Path dir = tmp.resolve("ws");
        try (org.jrw.persistence.Workspace ws = org.jrw.persistence.Workspace.open(dir)) {
            assertThat(refusalOf(() -> AnchorFiles.read(ws, tmp.resolve("none.jrreview"), null)))
                    .startsWith("seats.anchor.fileMissing");
            assertThat(refusalOf(() -> AnchorFiles.read(ws, tmp, null))).startsWith("seats.anchor.fileMissing");
            Path review = pkg("a.jrreview", m -> { }, e -> { });
            assertThat(AnchorFiles.read(ws, review, null)).as("no anchor in this manifest").isNull();
            Path response = pkg("a.jrresponse", m -> {
                m.put("format", ExchangePackage.RESPONSE_FORMAT);
                m.put("adviser", m.remove("sender"));
            }, e -> { });
            assertThat(AnchorFiles.read(ws, response, null)).isNull();
            Path nullAnchor = pkg("n.jrreview", m -> m.put("auditAnchor", null), e -> { });
            assertThat(AnchorFiles.read(ws, nullAnchor, null)).isNull();
            Path forged = pkg("forged.jrreview", other, m -> { }, e -> { });
            assertThat(refusalOf(() -> AnchorFiles.read(ws, forged, null))).startsWith("exchange.signature.otherSigner");
            Path pdf = EvidenceFixtures.write(tmp.resolve("plain.pdf"), EvidenceFixtures.pdf("no anchor"));
            assertThat(AnchorFiles.read(ws, pdf, null)).isNull();
        }
    }
}
