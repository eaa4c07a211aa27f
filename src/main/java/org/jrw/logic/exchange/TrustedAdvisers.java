package org.jrw.logic.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.logic.signing.Identities;
import org.jrw.model.BadInputException;
import org.jrw.persistence.AtomicFiles;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ExchangeDao;
import org.jrw.persistence.Workspace;

/**
 * Adviser certificates the host registers beforehand (ADR 0008, "pinning"): the workstation
 * certificate an adviser's workspace signs its response packages with, sent by the adviser out of
 * band ({@code package certificate --out F.pem} on the adviser's side) and registered here with
 * {@code package trust add}. While at least one adviser is registered, a response signed by an
 * unregistered certificate is refused unless the user accepts it explicitly; with none registered
 * every response is accepted as before (trust on first use per package) and shown as
 * unregistered.
 */
public final class TrustedAdvisers {
    private static final long MAX_CERT_BYTES = 1 << 20;

    private final Workspace workspace;

    public TrustedAdvisers(Workspace workspace) {
        this.workspace = workspace;
    }

    public record Registered(String sha256, String name, String subject, String notBefore, String notAfter,
                             String addedAt, String addedBy) {
        static Registered of(ExchangeDao.TrustedAdviser t) {
            return new Registered(t.certSha256(), t.name(), t.subject(), t.notBefore(), t.notAfter(), t.addedAt(),
                    t.addedBy());
        }
    }

    public record AddResult(Registered adviser, boolean added) {
    }

    /** Registers the certificate in a PEM or DER ({@code .cer}) file under a name (default: its CN). */
    public AddResult add(Path certFile, String name) {
        if (workspace.readOnly()) {
            throw new BadInputException("exchange.readOnlyWorkspace");
        }
        X509Certificate cert = read(certFile);
        String sha = PackageSignature.fingerprint(cert);
        String shown = name == null || name.isBlank() ? Identities.commonName(cert) : name.strip();
        if (shown == null || shown.isBlank()) {
            shown = cert.getSubjectX500Principal().getName();
        }
        Actor actor = Actor.current();
        ExchangeDao.TrustedAdviser row = new ExchangeDao.TrustedAdviser(sha, shown,
                cert.getSubjectX500Principal().getName(), cert.getNotBefore().toInstant().toString(),
                cert.getNotAfter().toInstant().toString(), pem(cert), ExchangeService.now(), actor.name());
        boolean added = workspace.db().inTransaction(c -> {
            boolean isNew = ExchangeDao.putTrusted(c, row);
            AuditDao.append(c, Audit.entry("exchange.trust.add", null, List.of(sha), null, sha,
                    ExchangeService.details("name", row.name(), "subject", row.subject(), "notAfter", row.notAfter(),
                            "file", certFile.toAbsolutePath().toString(), "new", isNew)));
            return isNew;
        });
        Audit.writeHead(workspace);
        return new AddResult(Registered.of(row), added);
    }

    /** Removes a registration by fingerprint (the full SHA-256 or a unique prefix of at least 8 hex). */
    public Registered remove(String fingerprint) {
        if (workspace.readOnly()) {
            throw new BadInputException("exchange.readOnlyWorkspace");
        }
        Registered r = find(fingerprint);
        workspace.db().inTransaction(c -> {
            ExchangeDao.removeTrusted(c, r.sha256());
            AuditDao.append(c, Audit.entry("exchange.trust.remove", null, List.of(r.sha256()), r.sha256(), null,
                    ExchangeService.details("name", r.name(), "subject", r.subject())));
            return null;
        });
        Audit.writeHead(workspace);
        return r;
    }

    private Registered find(String fingerprint) {
        String f = fingerprint == null ? "" : fingerprint.strip().toLowerCase(java.util.Locale.ROOT).replace(":", "");
        if (f.length() < 8 || !f.matches("[0-9a-f]+")) {
            throw new BadInputException("trust.fingerprint.invalid", String.valueOf(fingerprint));
        }
        List<Registered> hits = list().stream().filter(r -> r.sha256().startsWith(f)).toList();
        if (hits.size() != 1) {
            throw new BadInputException(hits.isEmpty() ? "trust.fingerprint.unknown" : "trust.fingerprint.ambiguous",
                    fingerprint);
        }
        return hits.get(0);
    }

    public List<Registered> list() {
        return workspace.db().withConnection(ExchangeDao::trustedAdvisers).stream().map(Registered::of).toList();
    }

    /** The registration of a certificate fingerprint, if any. */
    public Optional<Registered> lookup(String sha256) {
        return workspace.db().withConnection(c -> ExchangeDao.trusted(c, sha256)).map(Registered::of);
    }

    /** True when the host registered at least one adviser: then unregistered signers need explicit acceptance. */
    public boolean enforced() {
        return !workspace.db().withConnection(ExchangeDao::trustedAdvisers).isEmpty();
    }

    public record OwnCertificate(Path file, String sha256, String subject) {
    }

    /**
     * Writes this workspace's workstation certificate (PEM) — what an adviser sends the host to be
     * registered. Creates the workstation key on first use, as exporting a package would.
     */
    public OwnCertificate exportOwn(Path out) {
        X509Certificate cert = WorkstationIdentity.loadOrCreate(workspace).certificate();
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("exchange.out.isDirectory", target.toString());
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException("exchange.out.noFolder", String.valueOf(target.getParent()));
        }
        try {
            AtomicFiles.write(target, pem(cert).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", target.toString(), e.getMessage());
        }
        return new OwnCertificate(target, PackageSignature.fingerprint(cert), cert.getSubjectX500Principal().getName());
    }

    /** Reads one X.509 certificate (PEM or DER); bad input naming the file otherwise. */
    public static X509Certificate read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("exchange.package.notFound", file.toString());
            }
            if (Files.size(file) > MAX_CERT_BYTES) {
                throw new BadInputException("trust.cert.invalid", name, "> 1 MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(e, "trust.cert.invalid", name, e.getMessage());
        }
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            var certs = cf.generateCertificates(new ByteArrayInputStream(bytes));
            if (certs.size() != 1 || !(certs.iterator().next() instanceof X509Certificate x)) {
                throw new BadInputException("trust.cert.notOne", name, certs.size());
            }
            return x;
        } catch (CertificateException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(e, "trust.cert.invalid", name, String.valueOf(e.getMessage()));
        }
    }

    static String pem(X509Certificate cert) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
