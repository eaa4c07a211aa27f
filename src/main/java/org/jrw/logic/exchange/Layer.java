package org.jrw.logic.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.Vault;

/**
 * The items that travel between workspaces and their stable keys and digests: an annotation
 * ({@code annotation:<id>}), a review-point view ({@code view:<POINT>:<memberId>}), a panel
 * member ({@code member:<id>}) and the recommendation ({@code recommendation}). A digest is the
 * SHA-256 of the item's content without times, so "the same item changed on both sides" can be
 * told from "changed on one side" by comparing with the digest as sent.
 */
public final class Layer {
    private Layer() {
    }

    public static String annotationKey(String id) {
        return "annotation:" + id;
    }

    public static String viewKey(ReviewPoint p, String memberId) {
        return "view:" + p.name() + ":" + memberId;
    }

    public static String memberKey(String id) {
        return "member:" + id;
    }

    static String digest(Object o) {
        return Vault.hash(Json.write(o).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------ annotations

    public static Map<String, Object> annotationMap(Annotation a) {
        Map<String, Object> m = annotationContent(a);
        m.put("createdAt", a.createdAt());
        m.put("modifiedAt", a.modifiedAt());
        return m;
    }

    private static Map<String, Object> annotationContent(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("parentId", a.parentId());
        m.put("target", a.targetId());
        m.put("targetType", a.targetType().name());
        m.put("targetSha256", a.targetSha256());
        m.put("page", a.page());
        m.put("rects", a.rects().stream().map(Annotation.Rect::asList).toList());
        m.put("textStart", a.textStart());
        m.put("textEnd", a.textEnd());
        m.put("timeFrom", a.timeFrom());
        m.put("timeTo", a.timeTo());
        m.put("kind", a.kind().name());
        m.put("note", a.note());
        m.put("author", a.author());
        m.put("role", a.role().name());
        m.put("organisation", a.organisation());
        m.put("status", a.status().name());
        return m;
    }

    public static String digest(Annotation a) {
        return digest(annotationContent(a));
    }

    /** Reads an annotation written by {@link #annotationMap}; IllegalArgument on a malformed one. */
    @SuppressWarnings("unchecked")
    public static Annotation annotation(Map<String, Object> m, String caseId) {
        List<Annotation.Rect> rects = new ArrayList<>();
        Object rl = m.get("rects");
        if (rl instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof List<?> r) || r.size() != 4 || !r.stream().allMatch(n -> n instanceof Number)) {
                    throw new IllegalArgumentException(org.jrw.i18n.Messages.get("exchange.layer.unknownValue", "rects",
                            String.valueOf(o)));
                }
                rects.add(new Annotation.Rect(((Number) r.get(0)).doubleValue(), ((Number) r.get(1)).doubleValue(),
                        ((Number) r.get(2)).doubleValue(), ((Number) r.get(3)).doubleValue()));
            }
        }
        String id = req(m, "id");
        if (!id.matches("[A-Za-z0-9_.:-]{1,80}")) {
            throw new IllegalArgumentException("bad id " + id);
        }
        return new Annotation(id, caseId, text(m, "parentId"), req(m, "target"),
                value(Annotation.TargetType.class, m, "targetType"), text(m, "targetSha256"),
                integer(m, "page"), rects, integer(m, "textStart"), integer(m, "textEnd"),
                dbl(m, "timeFrom"), dbl(m, "timeTo"), value(AnnotationKind.class, m, "kind"), req(m, "note"),
                req(m, "author"), value(Role.class, m, "role"), text(m, "organisation"),
                value(Annotation.Status.class, m, "status"), req(m, "createdAt"), req(m, "modifiedAt"));
    }

    // ------------------------------------------------------------ review

    public static Map<String, Object> viewMap(MemberView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("point", v.point().name());
        m.put("memberId", v.memberId());
        m.put("kind", v.kind().name());
        m.put("text", v.text() == null ? "" : v.text());
        m.put("at", v.at());
        return m;
    }

    public static String digest(MemberView v) {
        return digest(List.of(v.point().name(), v.memberId(), v.kind().name(), v.text() == null ? "" : v.text()));
    }

    public static MemberView view(Map<String, Object> m) {
        return new MemberView(value(ReviewPoint.class, m, "point"), req(m, "memberId"),
                value(ViewKind.class, m, "kind"), text(m, "text") == null ? "" : text(m, "text"), req(m, "at"));
    }

    public static Map<String, Object> memberMap(PanelMember p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("organisation", p.organisation());
        m.put("role", p.role().name());
        m.put("certificateSha256", p.certificateSha256());
        m.put("certificateSubject", p.certificateSubject());
        return m;
    }

    public static String digest(PanelMember p) {
        return digest(List.of(p.id(), p.name(), String.valueOf(p.organisation()), p.role().name()));
    }

    public static PanelMember member(Map<String, Object> m) {
        return new PanelMember(req(m, "id"), req(m, "name"), text(m, "organisation"), value(Role.class, m, "role"),
                text(m, "certificateSha256"), text(m, "certificateSubject"));
    }

    // ------------------------------------------------------------ helpers

    static String req(Map<String, Object> m, String k) {
        Object v = m.get(k);
        if (!(v instanceof String s) || s.isEmpty()) {
            throw new IllegalArgumentException(org.jrw.i18n.Messages.get("exchange.layer.missing", k));
        }
        return s;
    }

    /** One of an enum's names; a clear message naming the field and the value otherwise. */
    static <E extends Enum<E>> E value(Class<E> type, Map<String, Object> m, String k) {
        String v = req(m, k);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(org.jrw.i18n.Messages.get("exchange.layer.unknownValue", k, v), e);
        }
    }

    /** An optional field's number; the field named when it holds something else. */
    private static Number number(Map<String, Object> m, String k) {
        Object o = m.get(k);
        if (o == null || o instanceof Number) {
            return (Number) o;
        }
        throw new IllegalArgumentException(org.jrw.i18n.Messages.get("exchange.layer.unknownValue", k, String.valueOf(o)));
    }

    private static Integer integer(Map<String, Object> m, String k) {
        Number n = number(m, k);
        return n == null ? null : n.intValue();
    }

    private static Double dbl(Map<String, Object> m, String k) {
        Number n = number(m, k);
        return n == null ? null : n.doubleValue();
    }

    /** An optional field's text; the field named when it holds something else. */
    private static String text(Map<String, Object> m, String k) {
        Object o = m.get(k);
        if (o == null || o instanceof String) {
            return (String) o;
        }
        throw new IllegalArgumentException(org.jrw.i18n.Messages.get("exchange.layer.unknownValue", k, String.valueOf(o)));
    }
}
