package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jrw.codec.Json;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.testing.CliRunner;
import org.jrw.testing.PanelFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing attacks of issue 21, each a regression test (ADR 0090): a forged certificate with a
 * registered member's name, one certificate in three seats, expired and not-yet-valid
 * certificates, a self-signed outsider as 主持人, a key that does not match its certificate, and a
 * silent certificate switch instead of an audited renewal. Certificates are made with
 * BouncyCastle; files the signer refuses to make are built with {@link OpinionSigner#signUnchecked},
 * as a forger's own tool would.
 */
@org.junit.jupiter.api.Tag("slow") // over 30 s: left out by -Pquick, always run by mvn verify and CI
class SeatAttacksTest {
    static final String CASE = "西应急罚〔2024〕98号";
    static final char[] PW = "correct horse".toCharArray();

    @TempDir
    Path tmp;
    Path ws;
    Path pw;

    private CliRunner.Run cli(String... args) {
        return CliRunner.in(ws, args);
    }

    private static JsonNode json(CliRunner.Run r) {
        return CliRunner.ok(r);
    }

    @BeforeEach
    void setUp() throws Exception {
        ws = tmp.resolve("ws");
        pw = PanelFixture.panelOfThree(tmp, ws, CASE);
        for (String m : List.of("王建国", "李律师", "赵工")) {
            assertThat(cli("review", "view", CASE, "--member", m, "--point", "ALL", "--view", "同意").code()).isZero();
        }
        assertThat(cli("review", "conclude", CASE, "--conclusion", "同意", "--penalty", "罚款人民币2万元").code())
                .isZero();
    }

    private Path render(String name) throws Exception {
        Path pdf = tmp.resolve(name);
        json(cli("opinion", "render", CASE, "--out", pdf.toString(), "--json"));
        return pdf;
    }

    private CliRunner.Run sign(boolean withWorkspace, Path pdf, Path p12, String role) {
        List<String> a = new ArrayList<>();
        if (withWorkspace) {
            a.addAll(List.of("--workspace", ws.toString()));
        }
        a.addAll(List.of("sign", pdf.toString(), "--keystore", p12.toString(), "--password-file", pw.toString(),
                "--role", role, "--out", pdf.toString(), "--json"));
        return CliRunner.run(a.toArray(String[]::new));
    }

    private CliRunner.Run verify(boolean withWorkspace, Path pdf) {
        return withWorkspace ? cli("verify", pdf.toString(), "--json") : CliRunner.run("verify", pdf.toString(), "--json");
    }

    /** A PKCS#12 with a self-signed certificate of the given subject and validity, made with BouncyCastle. */
    static Path p12(Path file, String cn, String ou, Instant from, Instant to) throws Exception {
        KeyPair kp = keyPair();
        X509Certificate cert = cert(kp, cn, ou, from, to);
        return store(file, kp, cert);
    }

    static KeyPair keyPair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static X509Certificate cert(KeyPair kp, String cn, String ou, Instant from, Instant to) throws Exception {
        X500NameBuilder nb = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).addRDN(BCStyle.OU, ou);
        X500Name subject = nb.build();
        var b = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()), Date.from(from),
                Date.from(to), subject, kp.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    }

    static Path store(Path file, KeyPair kp, X509Certificate cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("signing", kp.getPrivate(), PW, new Certificate[] {cert});
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, PW);
        }
        return file;
    }

    static Instant now() {
        return Instant.now();
    }

    private static byte[] forge(byte[] pdf, Path p12, Role role, ZonedDateTime at) {
        return OpinionSigner.signUnchecked(pdf, Identities.load(p12, PW), role, at);
    }

    private static List<String> problems(JsonNode v) {
        List<String> out = new ArrayList<>();
        v.path("problems").forEach(p -> out.add(p.asText()));
        return out;
    }

    @Test
    void theRegisteredPanelSignsAndEverySignatureIsRegistered() throws Exception {
        Path pdf = render("ok.pdf");
        json(sign(true, pdf, tmp.resolve("wang.p12"), "OFFICER"));
        json(sign(true, pdf, tmp.resolve("li.p12"), "LEGAL_ADVISER"));
        json(sign(true, pdf, tmp.resolve("zhao.p12"), "EXPERT"));
        JsonNode v = json(verify(true, pdf));
        assertThat(v.get("complete").asBoolean()).isTrue();
        v.get("signatures").forEach(s -> assertThat(s.get("registered").asBoolean()).isTrue());
        JsonNode alone = json(verify(false, pdf));
        alone.get("signatures").forEach(s -> assertThat(s.get("registered").isNull()).isTrue());
        // a reviewer's own workspace, which does not hold the case's panel (or does not exist yet),
        // cannot say who may sign: registered null, valid and complete, exit 0 — not "forged"
        CliRunner.Run init = CliRunner.run("--workspace", tmp.resolve("elsewhere").toString(), "init", "--json");
        assertThat(init.code()).as(init.err()).isZero();
        for (String other : List.of("elsewhere", "not-made-yet")) {
            JsonNode v2 = json(CliRunner.run("--workspace", tmp.resolve(other).toString(), "verify", pdf.toString(),
                    "--json"));
            assertThat(v2.get("intact").asBoolean()).isTrue();
            assertThat(v2.get("complete").asBoolean()).isTrue();
            v2.get("signatures").forEach(s -> assertThat(s.get("registered").isNull()).isTrue());
            v2.get("signatures").forEach(s -> assertThat(s.get("valid").asBoolean()).isTrue());
        }
    }

    @Test
    void aForgedCertificateWithARegisteredMembersNameIsRefusedAndCaught() throws Exception {
        Path forged = tmp.resolve("forged-wang.p12");
        Identities.create("王建国", "某单位", Role.OFFICER, forged, PW);
        Path pdf = render("forged.pdf");
        byte[] before = Files.readAllBytes(pdf);
        CliRunner.Run r = sign(true, pdf, forged, "OFFICER");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("不是本案联审小组中执法业务骨干的登记证书", "王建国（");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        // signed elsewhere (no workspace), then checked against the workspace
        json(sign(false, pdf, forged, "OFFICER"));
        CliRunner.Run v = verify(true, pdf);
        assertThat(v.code()).isEqualTo(3);
        JsonNode vj = Json.parse(v.out());
        assertThat(vj.get("signatures").get(0).get("registered").asBoolean()).isFalse();
        assertThat(vj.get("signatures").get(0).get("valid").asBoolean()).isFalse();
        assertThat(problems(vj)).anyMatch(p -> p.contains("不是本工作区登记的该成员证书"));
        assertThat(vj.get("intact").asBoolean()).as("the document itself is unaltered").isTrue();
        // nothing recorded in the trail in the forger's favour
        JsonNode audit = json(cli("audit", "list", "--case", CASE, "--json"));
        audit.get("entries").forEach(e -> assertThat(e.get("action").asText()).isNotEqualTo("opinion.sign"));
        // without the workspace the seats cannot be told apart by name: registered is null
        JsonNode alone = json(verify(false, pdf));
        assertThat(alone.get("signatures").get(0).get("registered").isNull()).isTrue();
    }

    @Test
    void oneCertificateCannotFillThreeSeats() throws Exception {
        Path pdf = render("three.pdf");
        Path wang = tmp.resolve("wang.p12");
        json(sign(false, pdf, wang, "OFFICER"));
        byte[] once = Files.readAllBytes(pdf);
        CliRunner.Run again = sign(false, pdf, wang, "LEGAL_ADVISER");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("一张证书只能占一个席位");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(once);
        ZonedDateTime at = ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
        byte[] two = forge(once, wang, Role.LEGAL_ADVISER, at);
        byte[] three = forge(two, wang, Role.EXPERT, at);
        Files.write(pdf, three);
        CliRunner.Run v = verify(false, pdf);
        assertThat(v.code()).isEqualTo(3);
        JsonNode vj = Json.parse(v.out());
        assertThat(vj.get("complete").asBoolean()).isFalse();
        assertThat(vj.get("signatures").get(0).get("valid").asBoolean()).isTrue();
        assertThat(vj.get("signatures").get(1).get("valid").asBoolean()).isFalse();
        assertThat(vj.get("signatures").get(2).get("valid").asBoolean()).isFalse();
        assertThat(problems(vj)).filteredOn(p -> p.contains("一张证书只能占一个席位")).hasSize(2);
    }

    @Test
    void expiredAndNotYetValidCertificatesNeitherSignNorVerify() throws Exception {
        Path expired = p12(tmp.resolve("expired.p12"), "钱某", "执法业务骨干",
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z"));
        Path future = p12(tmp.resolve("future.p12"), "孙某", "法律顾问",
                now().plus(Duration.ofDays(365)), now().plus(Duration.ofDays(800)));
        Path pdf = render("expired.pdf");
        byte[] before = Files.readAllBytes(pdf);
        CliRunner.Run e = sign(false, pdf, expired, "OFFICER");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.err()).contains("已过有效期", "2021-01-01");
        CliRunner.Run f = sign(false, pdf, future, "LEGAL_ADVISER");
        assertThat(f.code()).isEqualTo(2);
        assertThat(f.err()).contains("尚未生效");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);

        ZonedDateTime at = ZonedDateTime.now(ZoneId.systemDefault()).withNano(0);
        Files.write(pdf, forge(before, expired, Role.OFFICER, at));
        CliRunner.Run v = verify(false, pdf);
        assertThat(v.code()).isEqualTo(3);
        assertThat(problems(Json.parse(v.out()))).anyMatch(p -> p.contains("在签名时已过有效期"));

        Files.write(pdf, forge(before, future, Role.LEGAL_ADVISER, at));
        CliRunner.Run v2 = verify(false, pdf);
        assertThat(v2.code()).isEqualTo(3);
        assertThat(problems(Json.parse(v2.out()))).anyMatch(p -> p.contains("在签名时尚未生效"));
    }

    @Test
    void aSelfSignedOutsiderCannotSignAsChairWithTheWorkspace() throws Exception {
        Path outsider = p12(tmp.resolve("outsider.p12"), "周主任", "主持人", now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(30)));
        Path pdf = render("chair.pdf");
        json(sign(true, pdf, tmp.resolve("wang.p12"), "OFFICER"));
        json(sign(true, pdf, tmp.resolve("li.p12"), "LEGAL_ADVISER"));
        json(sign(true, pdf, tmp.resolve("zhao.p12"), "EXPERT"));
        byte[] before = Files.readAllBytes(pdf);
        CliRunner.Run r = sign(true, pdf, outsider, "CHAIR");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("没有登记主持人");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        // countersigned without the workspace, it is caught by verify with it
        json(sign(false, pdf, outsider, "CHAIR"));
        CliRunner.Run v = verify(true, pdf);
        assertThat(v.code()).isEqualTo(3);
        JsonNode vj = Json.parse(v.out());
        assertThat(vj.get("signatures").get(3).get("registered").asBoolean()).isFalse();
        assertThat(vj.get("signatures").get(0).get("registered").asBoolean()).isTrue();
    }

    @Test
    void aKeyThatDoesNotMatchItsCertificateIsRefusedBeforeWriting() throws Exception {
        KeyPair a = keyPair();
        KeyPair b = keyPair();
        X509Certificate certOfB = cert(b, "王建国", "执法业务骨干", now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(30)));
        Path mismatched = store(tmp.resolve("mismatched.p12"), a, certOfB);
        Path pdf = render("mismatch.pdf");
        Path out = tmp.resolve("mismatch-signed.pdf");
        CliRunner.Run r = CliRunner.run("sign", pdf.toString(), "--keystore", mismatched.toString(), "--password-file",
                pw.toString(), "--role", "OFFICER", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("私钥与证书", "不匹配");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCertificateIsRenewedOnlyExplicitlyAndTheOldSignatureStaysTheMembers() throws Exception {
        Path pdf = render("renew.pdf");
        Path old = tmp.resolve("wang.p12");
        json(sign(false, pdf, old, "OFFICER"));
        Path renewed = tmp.resolve("wang-2027.p12");
        Identities.create("王建国", "某单位", Role.OFFICER, renewed, PW);
        // a silent switch through "review member" is refused
        CliRunner.Run silent = cli("review", "member", CASE, "--name", "王建国", "--role", "OFFICER",
                "--import-identity", renewed.toString(), "--password-file", pw.toString());
        assertThat(silent.code()).isEqualTo(2);
        assertThat(silent.err()).contains("review renew-certificate");
        // nor is the member moved to another seat, which would leave the first one empty without a word
        CliRunner.Run moved = cli("review", "member", CASE, "--name", "王建国", "--role", "CHAIR");
        assertThat(moved.code()).isEqualTo(2);
        assertThat(moved.err()).contains("一人只占一个席位");
        CliRunner.Run noReason = cli("review", "renew-certificate", CASE, "--member", "王建国", "--import-identity",
                renewed.toString(), "--password-file", pw.toString(), "--reason", " ");
        assertThat(noReason.code()).isEqualTo(2);
        JsonNode done = json(cli("review", "renew-certificate", CASE, "--member", "王建国", "--import-identity",
                renewed.toString(), "--password-file", pw.toString(), "--reason", "原证书到期", "--json"));
        assertThat(done.get("certificateSha256").asText())
                .isEqualTo(Identities.info(Identities.load(renewed, PW).certificate()).sha256());
        JsonNode audit = json(cli("audit", "list", "--case", CASE, "--json"));
        List<JsonNode> renewals = new ArrayList<>();
        audit.get("entries").forEach(e -> {
            if (e.get("action").asText().equals("review.member.renew")) {
                renewals.add(e);
            }
        });
        assertThat(renewals).hasSize(1);
        assertThat(renewals.get(0).get("details").get("reason").asText()).isEqualTo("原证书到期");
        assertThat(renewals.get(0).get("details").get("oldCertificate").asText()).isNotBlank();
        // the signature made before the renewal is still the member's
        JsonNode v = json(verify(true, pdf));
        assertThat(v.get("signatures").get(0).get("registered").asBoolean()).isTrue();
        // from now on only the new certificate signs in that seat
        Path fresh = render("renew-2.pdf");
        assertThat(sign(true, fresh, old, "OFFICER").code()).isEqualTo(2);
        json(sign(true, fresh, renewed, "OFFICER"));
    }

    /** A remote member sends only a certificate: registered with --certificate, it binds the seat all the same. */
    @Test
    void aMemberRegisteredByCertificateFileSignsOnlyWithThatCertificate() throws Exception {
        Path remote = tmp.resolve("sun.p12");
        Identities.create("孙专家", "某研究院", Role.EXPERT, remote, PW);
        X509Certificate cert = Identities.load(remote, PW).certificate();
        // the member writes the certificate (not the key) on their side and sends it
        Path pem = tmp.resolve("sun.pem");
        JsonNode written = json(CliRunner.run("identity", "certificate", "--keystore", remote.toString(),
                "--password-file", pw.toString(), "--out", pem.toString(), "--json"));
        assertThat(written.get("certificateSha256").asText()).isEqualTo(Identities.info(cert).sha256());
        assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----").doesNotContain("PRIVATE");
        JsonNode m = json(cli("review", "member", CASE, "--name", "孙专家", "--role", "EXPERT", "--certificate",
                pem.toString(), "--json"));
        assertThat(m.get("certificateSha256").asText()).isEqualTo(Identities.info(cert).sha256());
        // the same certificate cannot be registered for a second member
        CliRunner.Run twice = cli("review", "member", CASE, "--name", "钱某", "--role", "EXPERT", "--certificate",
                pem.toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("只能属于一名成员");
        assertThat(cli("review", "view", CASE, "--member", "孙专家", "--point", "ALL", "--view", "同意").code()).isZero();
        Path pdf = render("remote.pdf");
        json(sign(true, pdf, remote, "EXPERT"));
        JsonNode v = json(verify(true, pdf));
        assertThat(v.get("signatures").get(0).get("registered").asBoolean()).isTrue();
        assertThat(v.get("signatures").get(0).get("certificateSha256").asText()).isEqualTo(Identities.info(cert).sha256());
    }

    /**
     * The review screen's path (ReviewService.sign with the chosen member): a bound seat takes only
     * its certificate; a member registered without one only a certificate in the member's own name.
     */
    @Test
    void theReviewScreensPathChecksTheChosenMembersSeat() throws Exception {
        assertThat(cli("review", "member", CASE, "--name", "钱顾问", "--role", "LEGAL_ADVISER").code()).isZero();
        assertThat(cli("review", "view", CASE, "--member", "钱顾问", "--point", "ALL", "--view", "同意").code()).isZero();
        Path pdf = render("screen.pdf");
        Path own = p12(tmp.resolve("qian.p12"), "钱顾问", "法律顾问", now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(30)));
        Path impostor = p12(tmp.resolve("imp.p12"), "别人", "法律顾问", now().minus(Duration.ofDays(1)),
                now().plus(Duration.ofDays(30)));
        try (org.jrw.persistence.Workspace w = org.jrw.persistence.Workspace.open(ws)) {
            var service = new org.jrw.logic.review.ReviewService(w);
            Path out1 = tmp.resolve("screen-1.pdf");
            BadInputException wrongSeat = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                    () -> service.sign(CASE, "王建国", pdf, tmp.resolve("li.p12"), PW.clone(), Role.OFFICER, out1));
            assertThat(wrongSeat.key()).isEqualTo("seats.sign.notRegistered");
            BadInputException stranger = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                    () -> service.sign(CASE, "钱顾问", pdf, impostor, PW.clone(), Role.LEGAL_ADVISER, out1));
            assertThat(stranger.key()).isEqualTo("seats.sign.noCertificate");
            assertThat(out1).doesNotExist();
            service.sign(CASE, "钱顾问", pdf, own, PW.clone(), Role.LEGAL_ADVISER, out1);
            assertThat(out1).exists();
        }
        // unbound: verification with the workspace does not call it the member's
        JsonNode v = Json.parse(verify(true, tmp.resolve("screen-1.pdf")).out());
        assertThat(v.get("signatures").get(0).get("registered").asBoolean()).isFalse();
    }
}
