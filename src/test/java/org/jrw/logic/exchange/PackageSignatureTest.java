package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jrw.logic.signing.SigningIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A package signature counts only when it is one signer's, carries that signer's one certificate
 * and verifies with that certificate's key; anything else reads as unsigned.
 */
class PackageSignatureTest {
    static final byte[] MANIFEST = "{\"format\":\"jrw-review\"}".getBytes(StandardCharsets.UTF_8);
    static KeyPair a;
    static KeyPair b;
    static X509Certificate certA;
    static X509Certificate certB;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        a = g.generateKeyPair();
        b = g.generateKeyPair();
        certA = cert(a, "主办人", BigInteger.ONE);
        certB = cert(b, "主办人", BigInteger.ONE); // same issuer and serial, other key
    }

    private static X509Certificate cert(KeyPair kp, String cn, BigInteger serial) throws Exception {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).build();
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, serial, Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)), name, kp.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    }

    /** A detached CMS signature: each (key, certificate) pair signs; {@code store} is what it carries. */
    private static byte[] cms(List<PrivateKey> keys, List<X509Certificate> signerCerts, List<X509Certificate> store)
            throws Exception {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        for (int i = 0; i < keys.size(); i++) {
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.get(i)), signerCerts.get(i)));
        }
        gen.addCertificates(new JcaCertStore(store));
        return gen.generate(new CMSProcessableByteArray(MANIFEST), false).getEncoded();
    }

    @Test
    void theSignersOwnSignatureVerifies() {
        byte[] sig = PackageSignature.sign(MANIFEST, new SigningIdentity(a.getPrivate(), List.of(certA)));
        PackageSignature.Signer s = PackageSignature.verify(MANIFEST, sig);
        assertThat(s).isNotNull();
        assertThat(s.commonName()).isEqualTo("主办人");
        assertThat(s.sha256()).isEqualTo(PackageSignature.fingerprint(certA));
        byte[] other = "{\"format\":\"jrw-review\",\"x\":1}".getBytes(StandardCharsets.UTF_8);
        assertThat(PackageSignature.verify(other, sig)).as("another manifest").isNull();
    }

    @Test
    void noSignatureIsUnsigned() {
        assertThat(PackageSignature.verify(MANIFEST, null)).isNull();
        assertThat(PackageSignature.verify(MANIFEST, new byte[0])).isNull();
    }

    @Test
    void twoSignersAreRefused() throws Exception {
        X509Certificate c2 = cert(b, "另一人", BigInteger.TWO);
        byte[] sig = cms(List.of(a.getPrivate(), b.getPrivate()), List.of(certA, c2), List.of(certA, c2));
        assertThat(PackageSignature.verify(MANIFEST, sig)).isNull();
        // each of the two alone would verify: the count decided
        byte[] one = cms(List.of(b.getPrivate()), List.of(c2), List.of(c2));
        assertThat(PackageSignature.verify(MANIFEST, one)).isNotNull();
    }

    @Test
    void aSignatureWithoutItsCertificateIsRefused() throws Exception {
        byte[] sig = cms(List.of(a.getPrivate()), List.of(certA), List.of());
        assertThat(PackageSignature.verify(MANIFEST, sig)).isNull();
    }

    @Test
    void aCertificateWhoseKeyDidNotSignIsRefused() throws Exception {
        // signed with key a, but names (and carries) the certificate of key b with the same issuer/serial
        byte[] sig = cms(List.of(a.getPrivate()), List.of(certB), List.of(certB));
        assertThat(PackageSignature.verify(MANIFEST, sig)).isNull();
    }
}
