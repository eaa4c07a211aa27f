package org.jrw.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A verification problem names a signature field by its signer and role, or by its seat, never by the field's name. */
class VerifyProblemsTest {
    private static final OpinionVerifier.Report REPORT = new OpinionVerifier.Report(false, false, 3, 1,
            List.of(new OpinionVerifier.Entry("jrw-sig-1-OFFICER", "王建国", Role.OFFICER, "2026-12-07T08:00:00Z",
                    false, true),
                    new OpinionVerifier.Entry("jrw-sig-2-LEGAL_ADVISER", " ", Role.LEGAL_ADVISER, null, false, false)),
            List.of());

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    @Test
    void aSignedFieldIsNamedByItsSignerAndRole() {
        assertThat(VerifyProblems.message("verify.problem.signatureInvalid:jrw-sig-1-OFFICER", REPORT))
                .isEqualTo("王建国（执法业务骨干）的签名无效：签名后内容被改动或签名数据损坏");
    }

    @Test
    void aFieldWithoutASignerIsNamedByItsSeat() {
        // a blank signer name counts as none
        assertThat(VerifyProblems.label("jrw-sig-2-LEGAL_ADVISER", REPORT)).isEqualTo("法律顾问席位");
        assertThat(VerifyProblems.label("jrw-sig-3-EXPERT", null)).isEqualTo("行业领域专家席位");
    }

    @Test
    void aFieldWithoutARoleIsNamedByItsSignerElseAsWritten() {
        OpinionVerifier.Report r = new OpinionVerifier.Report(false, false, 1, 1,
                List.of(new OpinionVerifier.Entry("jrw-sig-9-NOBODY", "李某", null, null, false, true)), List.of());
        assertThat(VerifyProblems.label("jrw-sig-9-NOBODY", r)).isEqualTo("李某");
        assertThat(VerifyProblems.label("jrw-sig-9-NOBODY", null)).isEqualTo("jrw-sig-9-NOBODY");
        assertThat(VerifyProblems.label("jrw-sig", null)).isEqualTo("jrw-sig");
    }

    @Test
    void otherArgumentsAndForeignFieldsStayAsWritten() {
        assertThat(VerifyProblems.label("2026-12-07", REPORT)).isEqualTo("2026-12-07");
        assertThat(VerifyProblems.label(null, REPORT)).isNull();
        // a field that is not the opinion's is quoted by its own name: that is what the user must look for
        assertThat(VerifyProblems.message("verify.problem.foreignSignature:jrw-sig-1-OFFICER", REPORT))
                .isEqualTo("签名域“jrw-sig-1-OFFICER”不属于联审意见书");
        assertThat(VerifyProblems.message("verify.problem.changedAfterLast", REPORT))
                .isEqualTo("最后一个签名之后文件被改动");
    }
}
