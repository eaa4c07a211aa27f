package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jrw.logic.search.ImportReport;
import org.jrw.logic.signing.WorkstationIdentity;
import org.jrw.logic.search.PrecedentCodec;
import org.jrw.logic.search.PrecedentService;
import org.jrw.model.BadInputException;
import org.jrw.model.PrecedentRecord;
import org.jrw.persistence.Workspace;

/**
 * Precedent sets between bureaus (ADR 0103): JSON Lines of precedent records with a detached CMS
 * signature next to the file ({@code FILE.jsonl.p7s}) made with the workstation key, exactly as
 * review packages are signed ({@link PackageSignature}, {@link WorkstationIdentity}). On import a
 * signature that is there must verify, or nothing is imported ({@link ExchangeVerificationException},
 * exit code 3); a file without one is imported as unsigned and reported so.
 */
public final class PrecedentSets {
    private final Workspace workspace;
    private final PrecedentService service;

    public PrecedentSets(Workspace workspace, PrecedentService service) {
        this.workspace = workspace;
        this.service = service;
    }

    /** What an export wrote: records, the file, its signature and the signer. */
    public record Exported(int records, Path file, Path signature, String signer, String sha256) {
    }

    /** What an import did: the import report and who signed the set (null names when unsigned). */
    public record Imported(ImportReport report, String signer, String sha256) {
        public boolean signed() {
            return signer != null;
        }
    }

    /** The detached signature next to a precedent set: {@code FILE.p7s}. */
    public static Path signatureOf(Path set) {
        return set.resolveSibling(set.getFileName() + ".p7s");
    }

    /** Writes this bureau's own cases (or, with {@code all}, every precedent) and the signature; both or neither. */
    public Exported export(Path out, boolean all) {
        List<PrecedentRecord> records = service.records(!all);
        if (records.isEmpty()) {
            throw new BadInputException("search2.export.empty");
        }
        List<String> lines = new ArrayList<>();
        records.forEach(r -> lines.add(PrecedentCodec.write(r)));
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        var id = WorkstationIdentity.loadOrCreate(workspace);
        byte[] sig = PackageSignature.sign(bytes, id);
        Path sigFile = signatureOf(out);
        Path tmpData = null;
        Path tmpSig = null;
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmpData = Files.createTempFile(dir, ".precedents", ".part");
            tmpSig = Files.createTempFile(dir, ".precedents", ".p7s.part");
            Files.write(tmpData, bytes);
            Files.write(tmpSig, sig);
            Files.move(tmpData, out, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmpSig, sigFile, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BadInputException(e, "search2.export.unwritable", out.toString(), org.jrw.i18n.IoReasons.of(e));
        } finally {
            deleteQuietly(tmpData);
            deleteQuietly(tmpSig);
        }
        return new Exported(records.size(), out, sigFile, org.jrw.logic.signing.Identities.commonName(id.certificate()),
                PackageSignature.fingerprint(id.certificate()));
    }

    /** Verifies the set's signature (when there is one) and imports it; a signature that does not verify imports nothing. */
    public Imported importSet(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Files.isDirectory(file) ? "precedent.file.isFolder" : "precedent.file.missing",
                    file.toString());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(e, "precedent.file.unreadable", file.toString(), org.jrw.i18n.IoReasons.of(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(e, "precedent.file.encoding", file.getFileName().toString());
        }
        Path sigFile = signatureOf(file);
        if (!Files.isRegularFile(sigFile)) {
            return new Imported(service.importJsonl(new java.io.StringReader(text), file.getFileName().toString()), null,
                    null);
        }
        PackageSignature.Signer signer;
        try {
            signer = PackageSignature.verify(bytes, Files.readAllBytes(sigFile));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(PrecedentSets.class).debug("precedent set signature {} unreadable", sigFile, e);
            signer = null;
        }
        if (signer == null) {
            throw new ExchangeVerificationException("search2.import.badSignature", sigFile.toString());
        }
        return new Imported(service.importReceived(text, file.getFileName().toString(), signer.commonName(),
                signer.sha256()), signer.commonName(), signer.sha256());
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            org.jrw.persistence.AtomicFiles.deleteLeftover(p);
        }
    }
}
