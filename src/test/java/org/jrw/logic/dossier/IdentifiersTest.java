package org.jrw.logic.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void creditCodeCheckCharacterAsInGb32100() {
        assertThat(Identifiers.isValidCreditCode("91350100M000100Y43")).isTrue();
        assertThat(Identifiers.creditCodeCheckChar("91350100M000100Y4")).isEqualTo('3');
        assertThat(Identifiers.isValidCreditCode("91350100M000100Y44")).isFalse();
        assertThat(Identifiers.isValidCreditCode("91350100M000100Y4")).isFalse();
        assertThat(Identifiers.isValidCreditCode("91350100MO00100Y43")).isFalse(); // O is not in the alphabet
        assertThat(Identifiers.isValidCreditCode(null)).isFalse();
    }

    @Test
    void organisationCodeInsideTheCreditCodeIsChecked() {
        String first8 = "MA6U7R2K";
        char org = Identifiers.orgCodeCheckChar(first8);
        String body = "91610112" + first8 + org;
        assertThat(Identifiers.isValidCreditCode(body + Identifiers.creditCodeCheckChar(body))).isTrue();
        char wrongOrg = org == '0' ? '1' : '0';
        String bad = "91610112" + first8 + wrongOrg;
        assertThat(Identifiers.isValidCreditCode(bad + Identifiers.creditCodeCheckChar(bad))).isFalse();
    }

    @Test
    void idNumberCheckDigitAsInGb11643() {
        assertThat(Identifiers.isValidIdNumber("11010519491231002X")).isTrue();
        assertThat(Identifiers.idNumberCheckChar("11010519491231002")).isEqualTo('X');
        assertThat(Identifiers.isValidIdNumber("110105194912310021")).isFalse();
        assertThat(Identifiers.isValidIdNumber("11010519490231002X")).isFalse(); // 31 February is no date
        assertThat(Identifiers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(Identifiers.isMale("11010519491231002X")).isFalse();
    }
}
