package org.jrw.logic.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.logic.signing.AuditAnchors;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;

/**
 * The audit anchor a file sent out carries (ADR 0091): an opinion PDF (document information) or
 * a review or response package (its signed manifest; an encrypted package needs its password).
 */
public final class AnchorFiles {
    private AnchorFiles() {
    }

    /** The file's anchor, or null when it carries none. Bad input when it is neither a PDF nor a package. */
    public static AuditAnchors.Anchor read(Workspace ws, Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("seats.anchor.fileMissing", file.toString());
        }
        if (isPdf(file)) {
            return AuditAnchors.fromPdf(file);
        }
        ExchangePackage p;
        try {
            p = ExchangePackage.open(file, password, ExchangePackage.REVIEW_FORMAT, "sender", ws.tmpDir());
        } catch (BadInputException e) {
            if (!e.key().equals("exchange.package.wrongFormat")) {
                throw e;
            }
            p = ExchangePackage.open(file, password, ExchangePackage.RESPONSE_FORMAT, "adviser", ws.tmpDir());
        }
        try (ExchangePackage pkg = p) {
            var node = pkg.manifest().path(AuditAnchors.MANIFEST_FIELD);
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            Map<String, Object> m = Json.toMap(node);
            return AuditAnchors.fromMap(m);
        }
    }

    private static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (IOException e) {
            throw new BadInputException("seats.anchor.fileMissing", file.toString());
        }
    }
}
