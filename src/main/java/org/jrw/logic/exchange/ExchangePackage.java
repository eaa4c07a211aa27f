package org.jrw.logic.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Vault;

/**
 * A review or response package, opened and verified before anything else looks at it: the ZIP is
 * extracted under the rules of {@link ExchangeArchive}, {@code manifest.json} parsed strictly, its
 * format checked, the CMS signature in {@code signature.p7s} verified over the manifest's bytes,
 * the signer's certificate compared with the one the manifest names, and every listed file
 * re-hashed; a file present but not listed is refused as well.
 */
public final class ExchangePackage implements Closeable {
    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "signature.p7s";
    public static final String REVIEW_FORMAT = "jrw-review-package";
    public static final String RESPONSE_FORMAT = "jrw-review-response";
    static final long MAX_JSON = 64L << 20;

    private final ExchangeArchive.Extracted files;
    private final JsonNode manifest;
    private final PackageSignature.Signer signer;
    private final String fileSha256;

    private ExchangePackage(ExchangeArchive.Extracted files, JsonNode manifest, PackageSignature.Signer signer,
                            String fileSha256) {
        this.files = files;
        this.manifest = manifest;
        this.signer = signer;
        this.fileSha256 = fileSha256;
    }

    public JsonNode manifest() {
        return manifest;
    }

    public PackageSignature.Signer signer() {
        return signer;
    }

    public ExchangeArchive.Extracted files() {
        return files;
    }

    /** SHA-256 of the package file as received. */
    public String fileSha256() {
        return fileSha256;
    }

    /**
     * Opens and verifies. Exit 2 (BadInput) for what is not a readable package of this format;
     * exit 3 ({@link ExchangeVerificationException}) for a missing or invalid signature and any
     * file that is missing, altered or added.
     */
    public static ExchangePackage open(Path file, char[] password, String format, String signerField, Path staging) {
        String name = file == null ? "?" : String.valueOf(file.getFileName());
        ExchangeArchive.Extracted x = ExchangeArchive.read(file, password, staging, PackageSource.Limits.defaults());
        boolean ok = false;
        try {
            String fileSha = Vault.hash(file);
            byte[] mbytes = x.bytes(MANIFEST, MAX_JSON);
            if (mbytes == null) {
                throw new BadInputException("exchange.package.noManifest", name);
            }
            JsonNode m;
            try {
                m = Json.parse(mbytes);
            } catch (BadInputException e) {
                throw e;
            } catch (IOException e) {
                throw new BadInputException("exchange.package.badManifest", name, String.valueOf(e.getMessage()).lines()
                        .findFirst().orElse(""));
            }
            String f = m.path("format").asText("");
            if (!format.equals(f)) {
                throw new BadInputException("exchange.package.wrongFormat", name, f.isEmpty() ? "?" : f, format);
            }
            if (m.path("version").asInt(-1) != 1) {
                throw new BadInputException("exchange.package.version", name, m.path("version").asText("?"));
            }
            byte[] sig = x.bytes(SIGNATURE, 1 << 20);
            if (sig == null) {
                throw new ExchangeVerificationException("exchange.signature.missing", name);
            }
            PackageSignature.Signer s = PackageSignature.verify(mbytes, sig);
            if (s == null) {
                throw new ExchangeVerificationException("exchange.signature.invalid", name);
            }
            String claimed = m.path(signerField).path("certificateSha256").asText("");
            if (!claimed.equals(s.sha256())) {
                throw new ExchangeVerificationException("exchange.signature.otherSigner", name, s.commonName());
            }
            JsonNode list = m.path("files");
            if (!list.isArray()) {
                throw new BadInputException("exchange.package.badManifest", name, "files");
            }
            Set<String> listed = new HashSet<>(Set.of(MANIFEST, SIGNATURE));
            for (JsonNode e : list) {
                String p = e.path("path").asText("");
                String sha = e.path("sha256").asText("");
                if (!listed.add(p) || PackageSource.pathProblem(p) != null) {
                    throw new BadInputException("exchange.package.badManifest", name, "files: " + p);
                }
                if (!x.has(p)) {
                    throw new ExchangeVerificationException("exchange.file.missing", name, p);
                }
                if (!Vault.hash(x.path(p)).equals(sha)) {
                    throw new ExchangeVerificationException("exchange.file.hashMismatch", name, p);
                }
            }
            for (String n : x.names()) {
                if (!listed.contains(n)) {
                    throw new ExchangeVerificationException("exchange.file.unlisted", name, n);
                }
            }
            ok = true;
            return new ExchangePackage(x, m, s, fileSha);
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        } finally {
            if (!ok) {
                x.close();
            }
        }
    }

    /** A listed JSON file of the package. */
    public JsonNode json(String path) {
        try {
            byte[] b = files.bytes(path, MAX_JSON);
            if (b == null) {
                throw new BadInputException("exchange.package.badManifest", path, "missing");
            }
            return Json.parse(b);
        } catch (IOException e) {
            throw new BadInputException("exchange.package.badManifest", path, String.valueOf(e.getMessage()));
        }
    }

    @Override
    public void close() {
        files.close();
    }
}
