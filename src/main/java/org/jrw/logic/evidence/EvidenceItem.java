package org.jrw.logic.evidence;

import java.util.Locale;
import org.jrw.model.Annotation;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;

/**
 * A document or evidence item seen as something to view and annotate: its id, title, file name,
 * SHA-256 and the kind of viewer it needs.
 */
public record EvidenceItem(String id, Annotation.TargetType type, String title, String file, String sha256,
                           MediaType mediaType) {

    /** The kind of viewer a file needs, from its name. */
    public enum MediaType {
        PDF, IMAGE, AUDIO, VIDEO, TEXT, OTHER;

        public boolean isMedia() {
            return this == AUDIO || this == VIDEO;
        }

        public static MediaType ofFileName(String name) {
            String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
            String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
            return switch (ext) {
                case "pdf" -> PDF;
                case "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff" -> IMAGE;
                case "wav", "mp3", "m4a", "aac", "aif", "aiff" -> AUDIO;
                case "mp4", "m4v", "flv", "fxm", "mov", "avi", "mkv", "webm" -> VIDEO;
                case "txt", "text", "csv", "md", "log", "json", "xml", "docx" -> TEXT;
                default -> OTHER;
            };
        }
    }

    public static EvidenceItem of(CaseDocument d) {
        return new EvidenceItem(d.id(), Annotation.TargetType.DOCUMENT, d.title(), d.file(), d.sha256(),
                MediaType.ofFileName(d.file()));
    }

    public static EvidenceItem of(Evidence e) {
        return new EvidenceItem(e.id(), Annotation.TargetType.EVIDENCE, e.title(), e.file(), e.sha256(),
                MediaType.ofFileName(e.file()));
    }

    /** Evidence first (by manifest order), then documents in filing order. */
    public static java.util.List<EvidenceItem> all(Dossier d) {
        java.util.List<EvidenceItem> out = new java.util.ArrayList<>();
        d.evidence().forEach(e -> out.add(of(e)));
        d.documentsInFilingOrder().forEach(x -> out.add(of(x)));
        return out;
    }

    /** The item with an id: an evidence item first, else a document. */
    public static java.util.Optional<EvidenceItem> find(Dossier d, String id) {
        if (id == null) {
            return java.util.Optional.empty();
        }
        var e = d.evidenceItem(id.strip());
        if (e.isPresent()) {
            return e.map(EvidenceItem::of);
        }
        return d.document(id.strip()).map(EvidenceItem::of);
    }

    /** The file's extension with the dot (".pdf"), or "" when it has none. */
    public String extension() {
        String n = file == null ? "" : file;
        int slash = n.lastIndexOf('/');
        int dot = n.lastIndexOf('.');
        return dot > slash ? n.substring(dot).toLowerCase(Locale.ROOT) : "";
    }
}
