package org.jrw.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one surname list: what starts a name, what looks like one, and which characters count as Chinese. */
class SurnamesTest {
    private final Surnames s = Surnames.get();

    @Test
    void chineseCharactersAreTheBasicBlockAndExtensionA() {
        assertThat(Surnames.isHan('张')).isTrue();
        assertThat(Surnames.isHan(0x4e00)).isTrue();
        assertThat(Surnames.isHan(0x9fa5)).isTrue();
        assertThat(Surnames.isHan(0x3400)).as("extension A").isTrue();
        assertThat(Surnames.isHan(0x4dbf)).isTrue();
        assertThat(Surnames.isHan(0x9fa6)).isFalse();
        assertThat(Surnames.isHan(0x33ff)).isFalse();
        assertThat(Surnames.isHan('A')).isFalse();
        assertThat(Surnames.isHan('，')).isFalse();
    }

    @Test
    void aCompoundSurnameIsTwoCharactersOfTheList() {
        assertThat(s.compounds()).contains("欧阳", "司马");
        assertThat(s.isCompound("欧阳")).isTrue();
        assertThat(s.isCompound("欧阳修")).isFalse();
        assertThat(s.isCompound("欧")).isFalse();
        assertThat(s.isCompound(null)).isFalse();
        assertThat(s.isCompound("安全")).isFalse();
    }

    @Test
    void theSurnameANameStartsWithCompoundFirst() {
        assertThat(s.surnameOf("欧阳明")).isEqualTo("欧阳");
        // two characters that form a compound surname are a surname and a given name
        assertThat(s.surnameOf("欧阳")).isEqualTo("欧");
        assertThat(s.surnameOf("张三")).isEqualTo("张");
        assertThat(s.surnameOf("某人")).isNull();
        assertThat(s.surnameOf("")).isNull();
        assertThat(s.surnameOf(null)).isNull();
        assertThat(s.characterClass()).contains("张", "王").doesNotContain("某");
    }

    @Test
    void aNameIsASurnameAndOneOrTwoMoreChineseCharacters() {
        assertThat(s.looksLikeName("张三")).isTrue();
        assertThat(s.looksLikeName("王建国")).isTrue();
        assertThat(s.looksLikeName("欧阳明")).isTrue();
        assertThat(s.looksLikeName("欧阳明华")).isTrue();
        assertThat(s.looksLikeName("张")).isFalse();
        assertThat(s.looksLikeName("张三丰四")).as("a single surname and three more").isFalse();
        assertThat(s.looksLikeName("张三丰四五")).isFalse();
        assertThat(s.looksLikeName("张3")).isFalse();
        assertThat(s.looksLikeName("某某公司")).isFalse();
        assertThat(s.looksLikeName(null)).isFalse();
    }
}
