package org.jrw.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Edges of the shared detectors: identifiers written once, digits in hashes (mobile and landline), one-character names. */
class PersonalDataEdgesTest {
    @Test
    void anUngroupedIdNumberIsFoundOnce() {
        assertThat(PersonalData.idNumbers("身份证号610103198005062310。")).hasSize(1);
        assertThat(PersonalData.idNumbers("身份证号 610103 19800506 2310。")).hasSize(1)
                .allSatisfy(h -> assertThat(h.value()).isEqualTo("610103198005062310"));
    }

    @Test
    void elevenDigitsInAnUpperCaseHashAreNotAPhoneButNextToAShortCodeTheyAre() {
        String hash = "ABCDEF0123ABCDEF13812345678ABCDEF0123ABCDEF";
        assertThat(PersonalData.phones("文件指纹 " + hash)).isEmpty();
        assertThat(PersonalData.phones("编号ABCDEF13812345678")).extracting(PersonalData.Hit::value)
                .containsExactly("13812345678");
        // a zero and ten digits inside a hash are no landline either
        assertThat(PersonalData.phones("sha256 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
                .isEmpty();
        assertThat(PersonalData.phones("电话029-88881234")).extracting(PersonalData.Hit::kind)
                .containsExactly(PersonalData.Kind.LANDLINE);
        // a grouped number right after a hash is written as a telephone, not as part of the hash
        assertThat(PersonalData.phones("0123456789abcdef0123456789abcdef138-1234-5678"))
                .extracting(PersonalData.Hit::value).containsExactly("13812345678");
    }

    @Test
    void aLabelFollowedByOneCharacterIsNoName() {
        assertThat(PersonalData.labelledNames("姓名：张 性别：男")).isEmpty();
        assertThat(PersonalData.labelledNames("姓名：张三 性别：男")).extracting(PersonalData.Hit::value)
                .containsExactly("张三");
    }
}
