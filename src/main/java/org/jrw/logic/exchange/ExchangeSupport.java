package org.jrw.logic.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jrw.codec.Json;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.model.Annotation;
import org.jrw.model.BadInputException;
import org.jrw.model.Timestamps;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/** Helpers of the exchange classes: manifests, hashes, times, the workspace checks. */
final class ExchangeSupport {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ExchangeSupport() {
    }

    static void requireWritable(Workspace workspace) {
        if (workspace.readOnly()) {
            throw new BadInputException("exchange.readOnlyWorkspace");
        }
    }

    static Path vaultFile(Workspace workspace, String sha) {
        if (sha == null || !workspace.vault().contains(sha)) {
            throw new BadInputException("export.vault.missing", String.valueOf(sha));
        }
        return workspace.vault().pathOf(sha);
    }

    static List<Annotation> parentsFirst(List<Annotation> list) {
        List<Annotation> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Annotation a) -> a.parentId() != null));
        return out;
    }

    static List<Map<String, Object>> fileList(TreeMap<String, Object> entries) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries.entrySet()) {
            try {
                if (e.getValue() instanceof byte[] b) {
                    files.add(details("path", e.getKey(), "sha256", Vault.hash(b), "size", (long) b.length));
                } else {
                    Path p = (Path) e.getValue();
                    files.add(details("path", e.getKey(), "sha256", Vault.hash(p), "size", Files.size(p)));
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return files;
    }

    static byte[] bytes(Object o) {
        return (Json.pretty(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String now() {
        return Timestamps.nowSeconds();
    }

    static Map<String, Object> details(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(String.valueOf(kv[i]), kv[i + 1]);
        }
        return m;
    }

    /** Writes a package's manifest and signature into its entries, then the archive; the file's SHA-256. */
    static String seal(TreeMap<String, Object> entries, Map<String, Object> manifest, SigningIdentity key, Path out,
                       char[] password) {
        manifest.put("files", fileList(entries));
        byte[] bytes = bytes(manifest);
        entries.put(ExchangePackage.MANIFEST, bytes);
        entries.put(ExchangePackage.SIGNATURE, PackageSignature.sign(bytes, key));
        ExchangeArchive.write(out, entries, password);
        try {
            return Vault.hash(out);
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", out.toString(), org.jrw.i18n.IoReasons.of(e));
        }
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            org.jrw.persistence.AtomicFiles.deleteLeftover(p);
        }
    }
}
