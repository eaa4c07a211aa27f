package org.jrw.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.meeting.PrivacyMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared cases of personal data (ADR 0140): one table, checked against the detectors and against
 * the meeting mask that uses them (the anonymiser and the leak scanner use the same detectors; their
 * tests in logic.training cover their policies).
 */
class PersonalDataTest {

    /** text, kind expected (null: nothing), value expected, checked expected. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // 公民身份号码: straight, lower-case x, in groups, full width, the old 15-digit form
                Arguments.of("身份证号码 61011219720514273X。", PersonalData.Kind.ID_NUMBER, "61011219720514273X", false),
                Arguments.of("身份证 610112197205142739", PersonalData.Kind.ID_NUMBER, "610112197205142739", true),
                Arguments.of("身份证 610103 19800506 2310", PersonalData.Kind.ID_NUMBER, "610103198005062310", true),
                Arguments.of("也写作 6101-0319-8005-0623-10，", PersonalData.Kind.ID_NUMBER, "610103198005062310", true),
                Arguments.of("身份证：６１０１０３１９８００５０６２３１０。", PersonalData.Kind.ID_NUMBER, "610103198005062310", true),
                Arguments.of("旧证 610112720514273", PersonalData.Kind.ID_NUMBER, "610112720514273", false),
                Arguments.of("编号 610112197213412731", null, null, false),
                Arguments.of("编号 6101 1319 8013 4123 10", null, null, false),
                // 统一社会信用代码
                Arguments.of("代码：91610112MA6U7R2K3J。", PersonalData.Kind.CREDIT_CODE, "91610112MA6U7R2K3J", true),
                // phones: plain, grouped, +86, full width; landlines with separator, parentheses, extension
                Arguments.of("电话 13912345821", PersonalData.Kind.MOBILE, "13912345821", true),
                Arguments.of("手机 139-2847-5521，", PersonalData.Kind.MOBILE, "13928475521", true),
                Arguments.of("手机 +86 139 2847 5521", PersonalData.Kind.MOBILE, "13928475521", true),
                Arguments.of("手机：１３９２８４７５５２１，", PersonalData.Kind.MOBILE, "13928475521", true),
                Arguments.of("座机029-88123507。", PersonalData.Kind.LANDLINE, "029-88123507", true),
                Arguments.of("电话（029）8765 4321转12", PersonalData.Kind.LANDLINE, "（029）8765 4321转12", true),
                // residential address after its label
                Arguments.of("住址：西安市雁塔区丈八东路18号3单元502室。", PersonalData.Kind.ADDRESS,
                        "西安市雁塔区丈八东路18号3单元502室", true),
                // names after a person label; captions cut off; a name with a surname not in the list
                Arguments.of("被询问人：赵某强，", PersonalData.Kind.NAME, "赵某强", true),
                Arguments.of("姓名：萧晓 性别：男", PersonalData.Kind.NAME, "萧晓", true),
                Arguments.of("证人：禤红", PersonalData.Kind.NAME, "禤红", false),
                Arguments.of("姓名：性别男", null, null, false),
                // not personal data: amounts, dates, case numbers
                Arguments.of("西应急罚〔2024〕37号 罚款人民币30000元，2024年3月4日", null, null, false),
                Arguments.of("2024-03-12 罚款 20000 元，金额 123456789012 元", null, null, false));
    }

    private static List<PersonalData.Hit> all(String text) {
        String t = Identifiers.halfWidth(text);
        return Stream.of(PersonalData.idNumbers(t), PersonalData.creditCodes(t), PersonalData.phones(t),
                PersonalData.labelledAddresses(t), PersonalData.labelledNames(t)).flatMap(List::stream).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void detectors(String text, PersonalData.Kind kind, String value, boolean checked) {
        List<PersonalData.Hit> hits = all(text);
        if (kind == null) {
            // an 18-digit number has the shape of a credit code; only a right check character makes it one
            assertThat(hits).filteredOn(h -> h.kind() != PersonalData.Kind.CREDIT_CODE || h.checked()).isEmpty();
            return;
        }
        assertThat(hits).extracting(PersonalData.Hit::kind, PersonalData.Hit::value, PersonalData.Hit::checked)
                .contains(org.assertj.core.groups.Tuple.tuple(kind, value, checked));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theMeetingMaskHidesWhatIsPersonalAndNothingElse(String text, PersonalData.Kind kind, String value,
                                                        boolean checked) {
        String masked = PrivacyMask.patternsOnly(new PrivacyMask.Options(true, true)).apply(text);
        assertThat(masked).hasSameSizeAs(text);
        if (kind == null || kind == PersonalData.Kind.CREDIT_CODE) {
            // a unit's credit code is public registration data
            assertThat(masked).isEqualTo(text);
        } else {
            assertThat(Identifiers.halfWidth(masked).replaceAll(Identifiers.SEPARATORS + "|[()（）转]", ""))
                    .doesNotContain(value.replaceAll(Identifiers.SEPARATORS + "|[()（）转]", ""));
        }
    }

    /** Eleven digits inside a file's SHA-256 are not a telephone (a manifest is full of them); a glued number still is. */
    @Test
    void digitsInsideAHashAreNotAPhone() {
        String sha = "\"sha256\": \"9f3ab17674708610c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a\"";
        assertThat(PersonalData.phones(sha)).isEmpty();
        assertThat(PersonalData.phones("Tel13912345678, 联系电话17674708610"))
                .extracting(PersonalData.Hit::value).containsExactly("13912345678", "17674708610");
    }

    @Test
    void oneSurnameListHoldsEveryPseudonymSurnameAndTheEverydayOnes() {
        Surnames s = Surnames.get();
        for (char c : "赵钱孙李凤昌洪荀萧贝欧".toCharArray()) {
            assertThat(s.isSingle(c)).as(String.valueOf(c)).isTrue();
        }
        assertThat(s.isCompound("欧阳")).isTrue();
        assertThat(s.looksLikeName("欧阳明")).isTrue();
        assertThat(s.looksLikeName("禤红")).isFalse();
        assertThat(Surnames.isEveryday('安')).isTrue();
        assertThat(Surnames.isEveryday('赵')).isFalse();
    }
}
