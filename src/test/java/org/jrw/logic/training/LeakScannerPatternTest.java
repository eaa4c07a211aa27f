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
}
