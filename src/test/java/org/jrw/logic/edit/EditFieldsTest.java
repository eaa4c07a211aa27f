package org.jrw.logic.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jrw.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as people type them, read into the manifest's JSON; paths as scripts write them. */
class EditFieldsTest {
    @org.junit.jupiter.api.BeforeEach
    void chinese() {
        org.jrw.i18n.Messages.setLanguage("zh");
    }

    @ParameterizedTest
    @CsvSource({"20000,20000", "'20,000',20000", "2万,20000", "4.5万元,45000", "¥45000,45000", "４５０００,45000",
            "人民币30000元整,30000", "0,0"})
    void amounts(String typed, long yuan) throws Exception {
        assertThat(EditFields.whole(typed)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @CsvSource({"两万", "-500", "1.5", "20000美元", "abc"})
    void notAmounts(String typed) {
        assertThatThrownBy(() -> EditFields.whole(typed)).isInstanceOf(EditFields.BadValue.class);
    }

    @ParameterizedTest
    @CsvSource({"2024-04-11", "2024/4/11", "2024.4.11", "2024年4月11日", "2024 年 4 月 11 日"})
    void dates(String typed) throws Exception {
        assertThat(EditFields.date(typed)).hasToString("2024-04-11");
    }

    @ParameterizedTest
    @CsvSource({"2024-02-30", "2024-13-01", "24-4-11", "明天", "2024-04-11T10:00"})
    void notDates(String typed) {
        assertThatThrownBy(() -> EditFields.date(typed)).isInstanceOf(EditFields.BadValue.class);
    }

    @Test
    void typedValuesOfEveryKind() throws Exception {
        assertThat(EditFields.parse(EditFields.Type.BOOLEAN, "是").asBoolean()).isTrue();
        assertThat(EditFields.parse(EditFields.Type.BOOLEAN, "false").asBoolean()).isFalse();
        assertThat(EditFields.parse(EditFields.Type.TEXT_LIST, "主动消除危害后果；按期完成整改").toString())
                .isEqualTo("[\"主动消除危害后果\",\"按期完成整改\"]");
        assertThat(EditFields.parse(EditFields.Type.TEXT_LIST, "[\"配合调查，如实陈述\"]").toString())
                .isEqualTo("[\"配合调查，如实陈述\"]");
        assertThat(EditFields.parse(EditFields.Type.ID_LIST, "v1, v2").toString()).isEqualTo("[\"v1\",\"v2\"]");
        assertThat(EditFields.parse(EditFields.Type.PARTY_KIND, "个人").asText()).isEqualTo("person");
        assertThat(EditFields.parse(EditFields.Type.DOCUMENT_TYPE, "行政处罚告知书").asText()).isEqualTo("PENALTY_NOTICE");
        assertThat(EditFields.parse(EditFields.Type.DOCUMENT_TYPE, "penalty_decision").asText())
                .isEqualTo("PENALTY_DECISION");
        assertThat(EditFields.parse(EditFields.Type.TEXT, "  ")).isNull(); // an empty value clears the field
        assertThatThrownBy(() -> EditFields.parse(EditFields.Type.REQUIRED_TEXT, ""))
                .isInstanceOf(EditFields.BadValue.class);
        assertThatThrownBy(() -> EditFields.parse(EditFields.Type.EVIDENCE_TYPE, "照片"))
                .isInstanceOf(EditFields.BadValue.class);
    }

    @Test
    void pathsByIdOrPositionAndTheirNames() {
        EditPath p = EditPath.parse("violations[v1].proposed.fineYuan");
        assertThat(p.collection()).isEqualTo("violations");
        assertThat(p.key()).isEqualTo("v1");
        assertThat(p.fieldKey()).isEqualTo("violations.proposed.fineYuan");
        assertThat(EditFields.label(p)).isEqualTo("违法行为 v1 · 拟罚款金额（元）");
        assertThat(EditPath.parse("parties[0].creditCode").byPosition()).isTrue();
        assertThat(EditFields.label(EditPath.parse("officers[1].name"))).isEqualTo("执法人员 2 · 执法人员姓名");
        assertThat(EditPath.parse("case.caseNumber").toString()).isEqualTo("case.caseNumber");
        assertThatThrownBy(() -> EditPath.parse("parties.name")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("缺少方括号");
        assertThatThrownBy(() -> EditPath.parse("witnesses[1].name")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> EditPath.parse("case[1].title")).isInstanceOf(BadInputException.class);
    }
}
