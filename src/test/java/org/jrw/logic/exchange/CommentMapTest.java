package org.jrw.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.model.Annotation;
import org.jrw.codec.Json;
import org.junit.jupiter.api.Test;

/**
 * The map embedded in a comment PDF is read back exactly as written, and a map that is not one
 * (another format, a page without its crop box, pages out of order) is refused rather than used
 * to place comments on the wrong page.
 */
class CommentMapTest {
    private static CommentMap sample() {
        List<CommentMap.PageRef> pages = List.of(
                new CommentMap.PageRef(0, "d1", "DOCUMENT", "aa", CommentMap.Kind.PDF, 1,
                        new PageGeometry(0, 0, 595, 842, 90), null, null),
                new CommentMap.PageRef(1, "e1", "EVIDENCE", "bb", CommentMap.Kind.IMAGE, null,
                        new PageGeometry(0, 0, 595, 842, 0), List.of(10.0, 20.0, 300.0, 200.0), List.of(1200, 800)));
        Map<String, CommentMap.Exported> exported = new LinkedHashMap<>();
        exported.put("a-1", new CommentMap.Exported("a-1", "a-1", "证据不足", 0));
        return new CommentMap("x-1", "c-1", "西应急罚〔2024〕12号", "pdf-1", "2030-01-01T00:00:00Z", pages, exported,
                List.of("k1", "k2"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> page(Map<String, Object> m, int i) {
        return (Map<String, Object>) ((List<Object>) m.get("pages")).get(i);
    }

    @Test
    void aMapReadsBackAsWritten() {
        CommentMap back = CommentMap.parse(sample().toJson());
        assertThat(back.exportId()).isEqualTo("x-1");
        assertThat(back.pages()).extracting(CommentMap.PageRef::kind)
                .containsExactly(CommentMap.Kind.PDF, CommentMap.Kind.IMAGE);
        assertThat(back.page(0).geometry().rotation()).isEqualTo(90);
        assertThat(back.page(0).sourcePage()).isEqualTo(1);
        assertThat(back.page(1).sourcePage()).isNull();
        assertThat(back.page(1).image()).containsExactly(10.0, 20.0, 300.0, 200.0);
        assertThat(back.page(1).pixels()).containsExactly(1200, 800);
        assertThat(back.page(2)).isNull();
        assertThat(back.page(-1)).isNull();
        assertThat(back.exported()).containsEntry("a-1", new CommentMap.Exported("a-1", "a-1", "证据不足", 0));
        assertThat(back.source()).containsExactly("k1", "k2");
    }

    @Test
    void aMapOfAnotherFormatIsRefused() {
        Map<String, Object> m = new LinkedHashMap<>(sample().toMap());
        m.put("format", "jrw-review");
        assertThatThrownBy(() -> CommentMap.parse(Json.write(m))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("format");
        assertThatThrownBy(() -> CommentMap.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageWithoutAFourNumberCropBoxIsRefused() {
        Map<String, Object> m = Json.readMap(sample().toJson());
        page(m, 1).remove("crop");
        assertThatThrownBy(() -> CommentMap.parse(Json.write(m))).hasMessage("crop");
        page(m, 1).put("crop", List.of(0, 0, 595));
        assertThatThrownBy(() -> CommentMap.parse(Json.write(m))).hasMessage("crop");
        page(m, 1).put("crop", "0 0 595 842");
        assertThatThrownBy(() -> CommentMap.parse(Json.write(m))).hasMessageStartingWith("malformed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagesOutOfOrderAreRefused() {
        Map<String, Object> m = Json.readMap(sample().toJson());
        List<Object> pages = new ArrayList<>((List<Object>) m.get("pages"));
        java.util.Collections.reverse(pages);
        m.put("pages", pages);
        assertThatThrownBy(() -> CommentMap.parse(Json.write(m))).hasMessage("page order");
    }

    @Test
    void oddGeometryIsNormalised() {
        PageGeometry g = new PageGeometry(595, 842, 0, 0, 45);
        assertThat(g).as("corners swapped into order, a rotation off the quarter turns ignored")
                .isEqualTo(new PageGeometry(0, 0, 595, 842, 0));
        assertThat(new PageGeometry(0, 0, 100, 100, -90).rotation()).isEqualTo(270);
        assertThat(g.clip(new Annotation.Rect(10, 10, 50, 0))).as("no height: nothing to place").isNull();
        assertThat(g.clip(new Annotation.Rect(10, 10, 0, 50))).as("no width").isNull();
    }
}
