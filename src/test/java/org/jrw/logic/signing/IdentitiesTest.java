package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jrw.logic.signing.SignedFiles.PW;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing identities: what creating and opening a keystore refuses (naming the file, never the
 * password), keys that do not belong to their certificate, EC keys, password files and names.
 */
class IdentitiesTest {
    @TempDir
    Path tmp;

    private static BadInputException refused(Runnable r) {
        BadInputException e = catchThrowableOfType(r::run, BadInputException.class);
        assertThat(e).as("bad input expected").isNotNull();
        return e;
    }

    @Test
    void creatingAnIdentityNeedsANameAPasswordOfSixAndANewFile() throws Exception {
        Path p12 = tmp.resolve("id.p12");
        assertThat(refused(() -> Identities.create(null, "局", Role.OFFICER, p12, PW)).key())
                .isEqualTo("signing.identity.nameMissing");
        assertThat(refused(() -> Identities.create("  ", "局", Role.OFFICER, p12, PW)).key())
                .isEqualTo("signing.identity.nameMissing");
        assertThat(refused(() -> Identities.create("王建国", "局", Role.OFFICER, p12, null)).key())
                .isEqualTo("signing.password.tooShort");
        assertThat(refused(() -> Identities.create("王建国", "局", Role.OFFICER, p12, "12345".toCharArray())).key())
                .isEqualTo("signing.password.tooShort");
        assertThat(p12).doesNotExist();

        // no organisation and no role: the subject is the name alone
        Identities.Info info = Identities.create(" 王建国 ", " ", null, p12, PW);
        assertThat(info.subject()).isEqualTo("CN=王建国");
        assertThat(info.commonName()).isEqualTo("王建国");
        byte[] made = Files.readAllBytes(p12);
        BadInputException exists = refused(() -> Identities.create("李律师", "局", Role.LEGAL_ADVISER, p12, PW));
        assertThat(exists.key()).isEqualTo("signing.keystore.exists");
        assertThat(exists.args()).containsExactly(p12.toString());
        assertThat(Files.readAllBytes(p12)).isEqualTo(made);

        SigningIdentity loaded = Identities.load(p12, PW);
        assertThat(loaded.commonName()).isEqualTo("王建国");
        assertThat(Identities.info(loaded.certificate()).sha256()).isEqualTo(info.sha256());
    }

    @Test
    void openingAKeystoreRefusesAMissingFileAWrongPasswordAndGarbage() throws Exception {
        Path p12 = tmp.resolve("id.p12");
        Identities.create("王建国", "局", Role.OFFICER, p12, PW);
        assertThat(refused(() -> Identities.load(tmp.resolve("无.p12"), PW)).key()).isEqualTo("signing.keystore.missing");
        BadInputException wrong = refused(() -> Identities.load(p12, "wrong password".toCharArray()));
        assertThat(wrong.key()).isEqualTo("signing.keystore.password");
        assertThat(wrong.args()).containsExactly(p12.toString());
        assertThat(String.valueOf(wrong.getMessage())).doesNotContain("wrong password");
        Path junk = Files.writeString(tmp.resolve("junk.p12"), "这不是密钥库");
        assertThat(refused(() -> Identities.load(junk, PW)).key()).isEqualTo("signing.keystore.unreadable");
    }

    @Test
    void aKeystoreWithoutAPrivateKeyHasNoKeyToSignWith() throws Exception {
        KeyPair kp = SignedFiles.rsa();
        X509Certificate cert = SignedFiles.cert(kp, "CN=王建国", "SHA256withRSA");
        Path certOnly = SignedFiles.store(tmp.resolve("cert.p12"), ks -> {
            try {
                ks.setCertificateEntry("trusted", cert);
                ks.setEntry("secret", new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[16], "AES")),
                        new KeyStore.PasswordProtection(PW));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        BadInputException e = refused(() -> Identities.load(certOnly, PW));
        assertThat(e.key()).isEqualTo("signing.keystore.noKey");
        assertThat(e.args()).containsExactly(certOnly.toString());
    }

    @Test
    void aKeyThatDoesNotBelongToItsCertificateIsRefusedOnOpening() throws Exception {
        KeyPair mine = SignedFiles.rsa();
        KeyPair other = SignedFiles.rsa();
        X509Certificate cert = SignedFiles.cert(mine, "CN=王建国", "SHA256withRSA");
        Path p12 = SignedFiles.store(tmp.resolve("mixed.p12"), ks -> {
            try {
                ks.setKeyEntry("signing", other.getPrivate(), PW, new Certificate[] {cert});
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        BadInputException e = refused(() -> Identities.load(p12, PW));
        assertThat(e.key()).isEqualTo("seats.keystore.keyMismatch");
        assertThat(e.args()).containsExactly(p12.toString(), "王建国");
    }

    @Test
    void anEcKeyMatchesItsOwnCertificateAndNotAnRsaOne() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair ec = g.generateKeyPair();
        X509Certificate ecCert = SignedFiles.cert(ec, "CN=赵工", "SHA256withECDSA");
        Identities.requireMatchingKey(new SigningIdentity(ec.getPrivate(), List.of(ecCert)), "ec.p12");
        X509Certificate rsaCert = SignedFiles.cert(SignedFiles.rsa(), "CN=赵工", "SHA256withRSA");
        BadInputException e = refused(() -> Identities.requireMatchingKey(
                new SigningIdentity(ec.getPrivate(), List.of(rsaCert)), "mixed.p12"));
        assertThat(e.key()).isEqualTo("seats.keystore.keyMismatch");
        assertThat(e.args()).containsExactly("mixed.p12", "赵工");
    }

    @Test
    void aPasswordFileGivesItsFirstLineWithoutTheLineEnd() throws Exception {
        Path crlf = Files.writeString(tmp.resolve("pw.txt"), "秘密 horse\r\nsecond line\r\n");
        assertThat(new String(Identities.readPasswordFile(crlf))).isEqualTo("秘密 horse");
        Path bare = Files.writeString(tmp.resolve("pw2.txt"), "no-newline");
        assertThat(new String(Identities.readPasswordFile(bare))).isEqualTo("no-newline");
        BadInputException e = refused(() -> Identities.readPasswordFile(tmp.resolve("无.txt")));
        assertThat(e.key()).isEqualTo("signing.passwordFile.unreadable");
    }

    @Test
    void aCertificateWithoutACommonNameIsNamedByItsWholeSubject() throws Exception {
        X509Certificate cert = SignedFiles.cert(SignedFiles.rsa(), "O=某应急管理局,OU=法律顾问", "SHA256withRSA");
        assertThat(Identities.commonName(cert)).isEqualTo(cert.getSubjectX500Principal().getName())
                .contains("某应急管理局");
    }
}
