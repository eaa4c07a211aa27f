package org.jrw.model;

import java.util.List;

/**
 * A note anchored on a document or evidence item of a case. The selector is one of: a PDF
 * {@code page} with {@code rects} (PDF points from the page's top-left), {@code rects} alone (an
 * image region in pixels), a text range {@code textStart..textEnd} (characters), a media time
 * range {@code timeFrom..timeTo} (seconds), or nothing (the whole item). A reply has a
 * {@code parentId} and the parent's target.
 */
public record Annotation(
        String id,
        String caseId,
        String parentId,
        String targetId,
        TargetType targetType,
        String targetSha256,
        Integer page,
        List<Rect> rects,
        Integer textStart,
        Integer textEnd,
        Double timeFrom,
        Double timeTo,
        AnnotationKind kind,
        String note,
        String author,
        Role role,
        String organisation,
        Status status,
        String createdAt,
        String modifiedAt) {

    public enum TargetType { DOCUMENT, EVIDENCE }

    public enum Status { OPEN, RESOLVED }

    /** A rectangle: x, y from the top-left, width, height. */
    public record Rect(double x, double y, double w, double h) {
        public List<Double> asList() {
            return List.of(x, y, w, h);
        }
    }

    public Annotation {
        rects = rects == null ? List.of() : List.copyOf(rects);
    }

    public boolean isReply() {
        return parentId != null;
    }

    /**
     * Whether the annotated file has changed since the annotation was written (a replacing import
     * brought a file with another SHA-256 under the same id): its place may no longer fit.
     */
    public boolean onChangedFile(String currentSha256) {
        return targetSha256 != null && currentSha256 != null && !targetSha256.equalsIgnoreCase(currentSha256);
    }

    public boolean hasTime() {
        return timeFrom != null && timeTo != null;
    }

    public Annotation withNote(String n, AnnotationKind k, String modified) {
        return new Annotation(id, caseId, parentId, targetId, targetType, targetSha256, page, rects, textStart,
                textEnd, timeFrom, timeTo, k, n, author, role, organisation, status, createdAt, modified);
    }

    public Annotation withStatus(Status s, String modified) {
        return new Annotation(id, caseId, parentId, targetId, targetType, targetSha256, page, rects, textStart,
                textEnd, timeFrom, timeTo, kind, note, author, role, organisation, s, createdAt, modified);
    }

    public Annotation withRects(List<Rect> r, String modified) {
        return new Annotation(id, caseId, parentId, targetId, targetType, targetSha256, page, r, textStart,
                textEnd, timeFrom, timeTo, kind, note, author, role, organisation, status, createdAt, modified);
    }
}
