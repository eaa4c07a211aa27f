package org.jrw.logic.exchange;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jrw.logic.signing.SigningIdentity;

/**
 * The package signature: a detached CMS SignedData (SHA-256 with RSA, signer certificate
 * included) over the exact bytes of {@code manifest.json}, stored as {@code signature.p7s}. As the
 * manifest lists every other file with its SHA-256, the signature covers the whole package.
 */
public final class PackageSignature {
    private PackageSignature() {
    }

    /** Who signed, when the signature is valid. */
    public record Signer(X509Certificate certificate, String commonName, String sha256) {
    }

    public static byte[] sign(byte[] manifest, SigningIdentity id) {
        try {
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(id.key()), id.certificate()));
            gen.addCertificates(new JcaCertStore(List.of(id.certificate())));
            return gen.generate(new CMSProcessableByteArray(manifest), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the package: " + e.getMessage(), e);
        }
    }

    /** Verifies the signature over the manifest; null when it is missing, malformed or invalid. */
    public static Signer verify(byte[] manifest, byte[] signature) {
        if (signature == null || signature.length == 0) {
            return null;
        }
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return null;
            }
            SignerInformation si = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = data.getCertificates().getMatches(si.getSID());
            if (certs.size() != 1) {
                return null;
            }
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(certs.iterator().next());
            if (!si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return null;
            }
            return new Signer(cert, org.jrw.logic.signing.Identities.commonName(cert), fingerprint(cert));
        } catch (Exception | StackOverflowError e) {
            org.slf4j.LoggerFactory.getLogger(PackageSignature.class).debug("package signature not verifiable", e);
            return null;
        }
    }

    public static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
