package org.jrw.logic.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;

/**
 * Signing identities: a new RSA key pair with a self-signed certificate in a password-protected
 * PKCS#12 file, or an existing {@code .p12/.pfx}. Passwords are {@code char[]} the caller clears;
 * they are never logged, stored or put in a message.
 */
public final class Identities {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Identities() {
    }

    /** What the workspace keeps about an identity: the certificate's subject and SHA-256, never the key. */
    public record Info(String subject, String commonName, String sha256, String notAfter) {
    }

    /**
     * Creates a key pair and a self-signed certificate (CN = name, O = organisation, OU = role) valid
     * for five years, and writes them to a new PKCS#12 file protected by the password. An existing
     * file is never overwritten.
     */
    public static Info create(String name, String organisation, Role role, Path p12, char[] password) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("signing.identity.nameMissing");
        }
        if (password == null || password.length < 6) {
            throw new BadInputException("signing.password.tooShort");
        }
        if (Files.exists(p12)) {
            throw new BadInputException("signing.keystore.exists", p12.toString());
        }
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048, RANDOM);
            KeyPair kp = gen.generateKeyPair();
            X500NameBuilder nb = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name.strip());
            if (organisation != null && !organisation.isBlank()) {
                nb.addRDN(BCStyle.O, organisation.strip());
            }
            if (role != null) {
                nb.addRDN(BCStyle.OU, role.labelZh());
            }
            var subject = nb.build();
            Instant now = Instant.now();
            X509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM).abs(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(5 * 366))),
                    subject, kp.getPublic());
            cb.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            cb.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(cb.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("signing", kp.getPrivate(), password, new Certificate[] {cert});
            Path dir = p12.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".identity-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    ks.store(out, password);
                }
                try {
                    Files.move(tmp, p12, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    // file system without atomic rename: a plain move (the target is new)
                    Files.move(tmp, p12);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return info(cert);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot create the signing identity: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a PKCS#12 keystore: the first entry with a private key. A wrong password or an
     * unreadable file is bad input (exit 2) naming the file, never the password.
     */
    public static SigningIdentity load(Path p12, char[] password) {
        if (!Files.isRegularFile(p12)) {
            throw new BadInputException("signing.keystore.missing", p12.toString());
        }
        KeyStore ks;
        try (InputStream in = Files.newInputStream(p12)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).toLowerCase().contains("password")) {
                throw new BadInputException("signing.keystore.password", p12.toString());
            }
            throw new BadInputException(e, "signing.keystore.unreadable", p12.toString());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new BadInputException(e, "signing.keystore.unreadable", p12.toString());
        }
        try {
            Enumeration<String> aliases = ks.aliases();
            while (aliases.hasMoreElements()) {
                String alias = aliases.nextElement();
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key;
                try {
                    key = ks.getKey(alias, password);
                } catch (UnrecoverableKeyException e) {
                    throw new BadInputException("signing.keystore.password", p12.toString());
                }
                Certificate[] chain = ks.getCertificateChain(alias);
                if (key instanceof PrivateKey pk && chain != null && chain.length > 0
                        && chain[0] instanceof X509Certificate) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    SigningIdentity id = new SigningIdentity(pk, List.copyOf(certs));
                    requireMatchingKey(id, p12.toString());
                    return id;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new BadInputException(e, "signing.keystore.unreadable", p12.toString());
        }
        throw new BadInputException("signing.keystore.noKey", p12.toString());
    }

    /**
     * Refuses (bad input naming the file) a private key that does not belong to its certificate:
     * a test signature made with the key must verify with the certificate's public key. A
     * signature made with such a pair would only fail later, at verification.
     */
    public static void requireMatchingKey(SigningIdentity id, String file) {
        try {
            byte[] challenge = new byte[32];
            RANDOM.nextBytes(challenge);
            String alg = "EC".equals(id.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            java.security.Signature s = java.security.Signature.getInstance(alg);
            s.initSign(id.key());
            s.update(challenge);
            byte[] sig = s.sign();
            java.security.Signature v = java.security.Signature.getInstance(alg);
            v.initVerify(id.certificate().getPublicKey());
            v.update(challenge);
            if (v.verify(sig)) {
                return;
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Identities.class)
                    .debug("key and certificate do not sign and verify together", e);
            // a key of another algorithm than the certificate's, or unusable: a mismatch too
        }
        throw new BadInputException("seats.keystore.keyMismatch", file, commonName(id.certificate()));
    }

    /** Refuses (bad input) a certificate outside its validity period at {@code when}. */
    public static void requireValidOn(X509Certificate cert, Instant when) {
        String problem = validityProblem(cert, when);
        if (problem != null) {
            throw new BadInputException(problem, commonName(cert), day(cert.getNotBefore()), day(cert.getNotAfter()));
        }
    }

    /**
     * The message key when the certificate was not valid at {@code when}
     * ({@code seats.certificate.expired} / {@code seats.certificate.notYetValid}), else null.
     */
    public static String validityProblem(X509Certificate cert, Instant when) {
        if (when.isBefore(cert.getNotBefore().toInstant())) {
            return "seats.certificate.notYetValid";
        }
        if (when.isAfter(cert.getNotAfter().toInstant())) {
            return "seats.certificate.expired";
        }
        return null;
    }

    /** A certificate date as the messages show it (local day). */
    public static String day(Date d) {
        return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
    }

    /** Reads a password file: its first line, without the line end. */
    public static char[] readPasswordFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String s = new String(bytes, StandardCharsets.UTF_8);
            Arrays.fill(bytes, (byte) 0);
            int nl = s.indexOf('\n');
            String line = nl < 0 ? s : s.substring(0, nl);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new BadInputException("signing.passwordFile.unreadable", file.toString());
        }
    }

    public static Info info(X509Certificate cert) {
        try {
            byte[] der = cert.getEncoded();
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            return new Info(cert.getSubjectX500Principal().getName(), commonName(cert), sha,
                    cert.getNotAfter().toInstant().toString());
        } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CN of a certificate's subject, else the whole subject. */
    public static String commonName(X509Certificate cert) {
        String dn = cert.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(dn).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException failure) {
            org.slf4j.LoggerFactory.getLogger(Identities.class).debug("not an X.500 name: {}", dn, failure);
            // fall through
        }
        return dn;
    }
}
