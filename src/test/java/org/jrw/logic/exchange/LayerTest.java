package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.model.AnnotationKind;
import org.junit.jupiter.api.Test;

class LayerTest {
    @Test
    void anUnknownValueOrAMissingFieldIsNamedInWords() {
        Messages.setLanguage("zh");
        assertThat(Layer.value(AnnotationKind.class, Map.of("kind", "DEFECT"), "kind")).isEqualTo(AnnotationKind.DEFECT);
        assertThatThrownBy(() -> Layer.value(AnnotationKind.class, Map.of("kind", "EVIL"), "kind"))
                .hasMessage("字段 kind 的取值“EVIL”无法识别");
        assertThatThrownBy(() -> Layer.value(AnnotationKind.class, Map.of(), "kind")).hasMessage("缺少字段 kind");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedWithItsValue() {
        Messages.setLanguage("zh");
        java.util.Map<String, Object> ok = new java.util.HashMap<>(Map.of("id", "a-1", "target", "d1",
                "targetType", "DOCUMENT", "kind", "NOTE", "note", "意见", "author", "李律师", "role", "LEGAL_ADVISER",
                "status", "OPEN", "createdAt", "2030-01-01T00:00:00Z", "modifiedAt", "2030-01-01T00:00:00Z"));
        ok.put("page", 2);
        ok.put("rects", java.util.List.of(java.util.List.of(1, 2, 3, 4)));
        assertThat(Layer.annotation(ok, "c").page()).isEqualTo(2);
        assertThat(Layer.annotation(ok, "c").rects()).hasSize(1);
        java.util.Map<String, Object> page = new java.util.HashMap<>(ok);
        page.put("page", "1; drop");
        assertThatThrownBy(() -> Layer.annotation(page, "c")).hasMessage("字段 page 的取值“1; drop”无法识别");
        java.util.Map<String, Object> rect = new java.util.HashMap<>(ok);
        rect.put("rects", java.util.List.of(java.util.List.of("a", 2, 3, 4)));
        assertThatThrownBy(() -> Layer.annotation(rect, "c")).hasMessageContaining("字段 rects");
        rect.put("rects", java.util.List.of(java.util.List.of(1, 2, 3)));
        assertThatThrownBy(() -> Layer.annotation(rect, "c")).hasMessageContaining("字段 rects");
        rect.put("rects", java.util.List.of("1,2,3,4"));
        assertThatThrownBy(() -> Layer.annotation(rect, "c")).hasMessageContaining("字段 rects");
        java.util.Map<String, Object> parent = new java.util.HashMap<>(ok);
        parent.put("parentId", 7);
        assertThatThrownBy(() -> Layer.annotation(parent, "c")).hasMessage("字段 parentId 的取值“7”无法识别");
        java.util.Map<String, Object> time = new java.util.HashMap<>(ok);
        time.put("timeFrom", java.util.List.of());
        assertThatThrownBy(() -> Layer.annotation(time, "c")).hasMessageContaining("字段 timeFrom");
        assertThatThrownBy(() -> Layer.view(Map.of("point", "LAW", "memberId", "m2", "kind", "AGREE", "text", 5,
                "at", "2030-01-01T00:00:00Z"))).hasMessageContaining("字段 text");
        assertThatThrownBy(() -> Layer.member(Map.of("id", "m2", "name", "李律师", "role", "LEGAL_ADVISER",
                "certificateSha256", false))).hasMessageContaining("字段 certificateSha256");
    }

    @Test
    void optionalFieldsMayBeAbsentButAnIdMustBeSafeAndRequiredTextNotEmpty() {
        Messages.setLanguage("zh");
        java.util.Map<String, Object> ok = new java.util.HashMap<>(Map.of("id", "a-1", "target", "e1",
                "targetType", "EVIDENCE", "kind", "NOTE", "note", "意见", "author", "李律师", "role", "LEGAL_ADVISER",
                "status", "OPEN", "createdAt", "2030-01-01T00:00:00Z", "modifiedAt", "2030-01-01T00:00:00Z"));
        ok.put("timeFrom", 1.5);
        ok.put("timeTo", 3);
        org.jrw.model.Annotation a = Layer.annotation(ok, "c");
        assertThat(a.rects()).as("no rects: none").isEmpty();
        assertThat(a.timeFrom()).isEqualTo(1.5);
        assertThat(a.timeTo()).isEqualTo(3.0);
        java.util.Map<String, Object> badId = new java.util.HashMap<>(ok);
        badId.put("id", "a 1/../x");
        assertThatThrownBy(() -> Layer.annotation(badId, "c")).hasMessageContaining("bad id");
        java.util.Map<String, Object> empty = new java.util.HashMap<>(ok);
        empty.put("note", "");
        assertThatThrownBy(() -> Layer.annotation(empty, "c")).hasMessage("缺少字段 note");
    }

    @Test
    void aViewWithoutTextTravelsAsEmptyText() {
        var blank = new org.jrw.model.review.MemberView(org.jrw.model.review.ReviewPoint.values()[0], "m2",
                org.jrw.model.review.ViewKind.values()[0], null, "2030-01-01T00:00:00Z");
        var empty = new org.jrw.model.review.MemberView(blank.point(), "m2", blank.kind(), "", blank.at());
        assertThat(Layer.viewMap(blank)).containsEntry("text", "");
        assertThat(Layer.digest(blank)).isEqualTo(Layer.digest(empty));
        java.util.Map<String, Object> m = new java.util.HashMap<>(Layer.viewMap(blank));
        m.remove("text");
        assertThat(Layer.view(m)).isEqualTo(empty);
        m.put("text", "同意");
        assertThat(Layer.view(m).text()).isEqualTo("同意");
        assertThat(Layer.digest(Layer.view(m))).isNotEqualTo(Layer.digest(empty));
    }
}
