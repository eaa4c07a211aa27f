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
}
