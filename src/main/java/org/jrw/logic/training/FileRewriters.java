package org.jrw.logic.training;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.logic.evidence.TextFiles;
import org.jrw.model.BadInputException;
import static org.jrw.logic.training.Anonymizer.*;

/**
 * One rewriter per file format of an anonymisation: PDF (text removed under the pseudonyms, marked
 * regions blacked out, document information rewritten), pictures (marked regions and OCR-found words
 * blurred), WAV (metadata stripped), text files (in their own encoding), Word documents (runs
 * rewritten); anything else is copied with a warning for a human check.
 */
final class FileRewriters {
    private final AnonymizationRun run;
    private final Map<String, String> newPath;
    private final Map<String, List<Region>> regions;
    private final Map<String, List<PageRegion>> pdfRegions;
    private final Set<String> reviewed;
    private final Map<String, ImageReview> imageReview = new HashMap<>();

    FileRewriters(AnonymizationRun run, Map<String, String> newPath) {
        this.run = run;
        this.newPath = newPath;
        this.regions = regions(run.d, run.options);
        this.pdfRegions = pdfRegions(run.d, run.options);
        this.reviewed = reviewedPaths(run.d, run.options);
    }

    /** How the pictures of each written file were checked (by its new path). */
    Map<String, ImageReview> imageReview() {
        return imageReview;
    }

    byte[] rewrite(String path, byte[] bytes) {
        String ext = ext(path);
        try {
            if (ext.equals("pdf")) {
                return pdf(path, bytes);
            } else if (IMAGE_EXT.contains(ext)) {
                return image(path, ext, bytes);
            } else if (ext.equals("wav")) {
                run.warnings.add(org.jrw.i18n.Messages.get("training.warn.media", newPath.get(path)));
                return Images.stripWav(bytes);
            } else if (TEXT_EXT.contains(ext)) {
                return text(bytes);
            } else if (Docx.EXT.contains(ext)) {
                return Docx.rewrite(bytes, t -> run.s.apply(t, run.count), run.s::spans);
            }
            run.warnings.add(org.jrw.i18n.Messages.get("training.warn.media", newPath.get(path)));
            return bytes;
        } catch (IOException e) {
            throw new BadInputException(e, "training.anonymize.fileFailed", path, org.jrw.i18n.IoReasons.of(e));
        }
    }

    private byte[] pdf(String path, byte[] bytes) throws IOException {
        List<PageRegion> areas = pdfRegions.getOrDefault(path, List.of());
        byte[] out = redactPdf(bytes, run.pdfPages.get(path), run.pdfInfo.get(path), run.s, run.count, areas);
        if (!areas.isEmpty() || reviewed.contains(path)) {
            imageReview.put(newPath.get(path), ImageReview.MARKED);
        }
        return out;
    }

    private byte[] image(String path, String ext, byte[] bytes) throws IOException {
        List<Region> rs = new ArrayList<>(regions.getOrDefault(path, List.of()));
        int marked = rs.size();
        List<Ocr.Line> lines = run.ocrLines.get(path);
        rs.addAll(lines != null ? ocrRegions(lines, run.s) : List.of());
        byte[] out = Images.clean(bytes, ext, rs);
        run.count[0] += rs.size();
        imageReview.put(newPath.get(path), marked > 0 || reviewed.contains(path) ? ImageReview.MARKED
                : lines != null ? ImageReview.OCR : ImageReview.NONE);
        return out;
    }

    /** In its own encoding (GBK CSVs stay GBK); names written as character references read as text. */
    private byte[] text(byte[] bytes) {
        TextFiles.Decoded text = TextFiles.decode(bytes);
        return TextFiles.encode(text, run.s.apply(TextFiles.unescapeCharRefs(text.text()), run.count));
    }
}
