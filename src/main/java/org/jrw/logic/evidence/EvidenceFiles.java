package org.jrw.logic.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * The files behind documents and evidence items: where they are in the vault, whether they still
 * match their SHA-256, their size in pixels or seconds where that can be known, their text, and
 * a copy under the file's own extension for players that go by the name.
 */
public final class EvidenceFiles {
    /** The vault's verdict on a file. */
    public enum Integrity { VERIFIED, MISMATCH, MISSING }

    private final Workspace workspace;
    private final PdfService pdf;

    public EvidenceFiles(Workspace workspace, PdfService pdf) {
        this.workspace = workspace;
        this.pdf = pdf;
    }

    public PdfService pdf() {
        return pdf;
    }

    /** The vault file of an item; bad input when the item has no file in the vault. */
    public Path path(EvidenceItem item) {
        if (item.sha256() == null || !workspace.vault().contains(item.sha256())) {
            throw new BadInputException("evidence.file.missing", item.id(), String.valueOf(item.file()));
        }
        return workspace.vault().pathOf(item.sha256());
    }

    /** Re-hashes the vault file (reads the whole file: background work). */
    public Integrity verify(EvidenceItem item) {
        Optional<Boolean> v = item.sha256() == null ? Optional.empty() : workspace.vault().verify(item.sha256());
        return v.isEmpty() ? Integrity.MISSING : v.get() ? Integrity.VERIFIED : Integrity.MISMATCH;
    }

    /**
     * The file under a name with its own extension (a link into the vault, or a copy where links
     * are not allowed), in the workspace's temp folder: media players choose a decoder by name.
     */
    public Path namedCopy(EvidenceItem item) throws IOException {
        Path src = path(item);
        Path dir = workspace.tmpDir().resolve("view");
        Files.createDirectories(dir);
        Path link = dir.resolve(item.sha256() + item.extension());
        if (Files.exists(link)) {
            return link;
        }
        try {
            Files.createSymbolicLink(link, src);
        } catch (IOException | UnsupportedOperationException e) {
            // no symbolic links here (Windows): a copy
            Files.copy(src, link);
        }
        return link;
    }

    /** Width and height of an image in pixels, read from its header; empty when unknown. */
    public static Optional<int[]> imageSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                return Optional.of(new int[] {r.getWidth(0), r.getHeight(0)});
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(EvidenceFiles.class).debug("picture size unreadable", e);
            return Optional.empty();
        }
    }

    /** Duration of an audio file in seconds where Java Sound can read its header (WAV, AIFF, AU). */
    public static Optional<Double> mediaDuration(Path file) {
        try {
            AudioFileFormat f = AudioSystem.getAudioFileFormat(file.toFile());
            long frames = f.getFrameLength();
            float rate = f.getFormat().getFrameRate();
            if (frames > 0 && rate > 0) {
                return Optional.of(frames / (double) rate);
            }
        } catch (UnsupportedAudioFileException | IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(EvidenceFiles.class).debug("no duration read from a media file", e);
            // unknown format: no duration, the time range is only checked for order
        }
        return Optional.empty();
    }

    /**
     * The text of an evidence file by its name: a Word document ({@code .docx}) through Apache POI,
     * anything else as plain text.
     */
    public static String readText(Path file, String fileName, int maxBytes) throws IOException {
        if (fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            try (var in = Files.newInputStream(file);
                 var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                 var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                String t = ex.getText();
                return t.length() > maxBytes ? t.substring(0, maxBytes) : t;
            } catch (RuntimeException e) {
                throw new IOException("not a readable Word document: " + e.getMessage(), e);
            }
        }
        return readText(file, maxBytes);
    }

    /** A text file's content in its own encoding (UTF-8, UTF-16 with a mark, else GB18030; see {@link TextFiles}). */
    public static String readText(Path file, int maxBytes) throws IOException {
        byte[] all;
        try (var in = Files.newInputStream(file)) {
            all = in.readNBytes(maxBytes);
        }
        return TextFiles.decode(all).text();
    }

    public static String hashOf(Path p) throws IOException {
        return Vault.hash(p);
    }
}
