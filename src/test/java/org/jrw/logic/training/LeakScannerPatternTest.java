package org.jrw.logic.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrw.logic.dossier.Identifiers;
import org.junit.jupiter.api.Test;

/**
 * The scanner's patterns work on page text with its white space removed; a pseudonym that runs into
 * the next line's digits must not be taken for an original identifier, while a real one still is.
 */
class LeakScannerPatternTest {

    @Test
    void aPseudonymJoinedToTheNextLineIsNotALeak() {
        // find a pseudonym receipt number and a following "2024"-like line that join into a valid
        // 统一社会信用代码 (happens by chance about once in 340 joins)
        for (long seed = 1; seed < 200; seed++) {
            Scrubber s = new Scrubber(seed, 0);
            String p = s.number("6101240425XXXX", Scrubber.Kind.NUMBER);
            for (int n = 0; n < 10_000; n++) {
                String next = String.format("%04d", n);
                String joined = p + next;
                if (joined.length() == 18 && Identifiers.isValidCreditCode(joined)) {
                    assertThat(LeakScanner.patternLeaks("票据号码：" + p + "\n" + next + "年4月25日", s)).isEmpty();
                    // the same string where the anonymiser wrote nothing is reported
                    assertThat(LeakScanner.patternLeaks("代码：" + joined + "。", new Scrubber(seed, 0)))
                            .extracting(LeakScanner.Leak::identifier).containsExactly(joined);
                    return;
                }
            }
        }
        throw new AssertionError("no joined pseudonym formed a valid code: the test needs another input");
    }

    @Test
    void realIdentifiersNextToPseudonymsAreStillFound() {
        Scrubber s = new Scrubber(7, 0);
        String code = "91610112MA6U7R2K3J";
        assertThat(Identifiers.isValidCreditCode(code)).isTrue();
        String id = "610112197205142739";
        assertThat(Identifiers.isValidIdNumber(id)).isTrue();
        String p = s.number("6101240425XXXX", Scrubber.Kind.NUMBER);
        List<LeakScanner.Leak> leaks = LeakScanner.patternLeaks("票据号码：" + p + "\n代码：" + code + "\n身份证 " + id
                + "\n电话 13912345821", s);
        assertThat(leaks).extracting(LeakScanner.Leak::identifier).containsExactly(id, code, "13912345821");
        // a pseudonym the scrubber wrote is not a leak on its own either
        String pseudoCode = s.creditCode(code);
        assertThat(LeakScanner.patternLeaks("代码：" + pseudoCode, s)).isEmpty();
    }

    @Test
    void numbersWrittenInGroupsAreReplacedInTheirLayout() {
        Scrubber s = new Scrubber(3, 0);
        String id = "610103198005062310";
        assertThat(Identifiers.isValidIdNumber(id)).isTrue();
        s.idNumber(id);
        s.number("13928475521", Scrubber.Kind.PHONE);
        String text = "身份证号码 610103 19800506 2310，手机 139-2847-5521，也可打 139 2847 5521；"
                + "同事电话 136 0291 4477，座机 029-8765 4321。2024-03-12 检查，罚款 20000 元，卡号 6217-0042。";
        s.discover(text);
        String out = s.apply(text);
        String plain = out.replaceAll("[-\\s]", "");
        assertThat(plain).doesNotContain(id).doesNotContain("13928475521").doesNotContain("13602914477")
                .doesNotContain("87654321");
        // the layout stays: groups where they were; dates and amounts untouched
        assertThat(out).containsPattern("身份证号码 \\d{6} \\d{8} \\d{3}[\\dX]，")
                .containsPattern("手机 1\\d{2}-\\d{4}-\\d{4}，也可打 1\\d{2} \\d{4} \\d{4}；")
                .contains("2024-03-12 检查，罚款 20000 元");
        // the same pseudonym for every layout of one number
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("手机 (\\S+)，也可打 (\\d+) (\\d+) (\\d+)；").matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1).replace("-", "")).isEqualTo(m.group(2) + m.group(3) + m.group(4));
        // full-width digits: the same number, replaced in full width
        String full = s.apply("手机：１３９２８４７５５２１，身份证：６１０１０３１９８００５０６２３１０。");
        assertThat(Identifiers.halfWidth(full)).doesNotContain("13928475521").doesNotContain(id);
        assertThat(full).containsPattern("手机：[０-９]{11}，身份证：[０-９]{17}[０-９Ｘ]。");
        // PDF page text runs one line into the next ("…5521" then "ID …"): found there too
        assertThat(s.apply("Tel 139 2847 5521ID 610103 19800506 2310Landline").replaceAll("\\s", ""))
                .doesNotContain("13928475521").doesNotContain(id);
    }

    @Test
    void theScannerFindsAKnownNumberWrittenInGroupsInATextFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        Scrubber s = new Scrubber(5, 0);
        s.number("13928475521", Scrubber.Kind.PHONE);
        java.nio.file.Path pkg = tmp.resolve("p.jrcase");
        try (var zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(pkg))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("files/note.txt"));
            zip.write("联系电话：139-2847-5521".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(LeakScanner.scan(pkg, s)).extracting(LeakScanner.Leak::identifier).containsExactly("13928475521");
    }

    /** Issue 21: no pseudonymous ID number passes the national check digit (it could be a real person's). */
    @Test
    void pseudonymousIdNumbersAlwaysFailTheCheckDigit() {
        Scrubber s = new Scrubber(7, 0);
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 500; i++) {
            String first17 = String.format("610103%04d%02d%02d%03d", 1950 + r.nextInt(60), 1 + r.nextInt(12),
                    1 + r.nextInt(28), r.nextInt(1000));
            String real = first17 + Identifiers.idNumberCheckChar(first17);
            String pseudo = s.idNumber(real);
            assertThat(pseudo).hasSize(18).isNotEqualTo(real);
            assertThat(Identifiers.birthDate(pseudo)).isNotNull();
            assertThat(Identifiers.isValidIdNumber(pseudo)).as(pseudo).isFalse();
            assertThat(Identifiers.isPseudonymIdNumber(pseudo)).isTrue();
            assertThat(Identifiers.isMale(pseudo)).isEqualTo(Identifiers.isMale(real));
        }
    }
}
