package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.persistence.ReviewDao;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seats on the panel: which certificate may sign in which role, and which signatures count as
 * registered when verified with the workspace. A certificate's name proves nothing by itself.
 */
class SeatsTest {
    @TempDir
    static Path tmp;

    private static X509Certificate wang;
    private static X509Certificate li;
    private static String wangSha;
    private static String liSha;

    @BeforeAll
    static void certificates() {
        Messages.setLanguage("zh");
        char[] pw = "secret-pass".toCharArray();
        Identities.create("王建国", "西安市应急管理局", Role.OFFICER, tmp.resolve("wang.p12"), pw);
        Identities.create("李律师", "某律师事务所", Role.LEGAL_ADVISER, tmp.resolve("li.p12"), pw);
        wang = Identities.load(tmp.resolve("wang.p12"), pw).certificate();
        li = Identities.load(tmp.resolve("li.p12"), pw).certificate();
        wangSha = Identities.info(wang).sha256();
        liSha = Identities.info(li).sha256();
    }

    private static Review panel(PanelMember... members) {
        return new Review("c1", 1, false, List.of(members), List.of(), null, "2026-12-07T08:00:00Z");
    }

    private static PanelMember officer(String sha) {
        return new PanelMember("m1", "王建国", "西安市应急管理局", Role.OFFICER, sha, null);
    }

    private static PanelMember adviser(String sha) {
        return new PanelMember("m2", "李律师", "某律师事务所", Role.LEGAL_ADVISER, sha, null);
    }

    @Test
    void aShortFingerprintIsShownWholeALongOneCutAndNoneAsADash() {
        assertThat(Seats.shortSha(null)).isEqualTo("—");
        assertThat(Seats.shortSha("abcd")).isEqualTo("abcd");
        assertThat(Seats.shortSha("0123456789abcdef0123")).isEqualTo("0123456789abcdef…");
    }

    @Test
    void aCertificateRegisteredForAnotherMemberIsRefusedButTheSameMemberMayKeepIt() {
        Review r = panel(officer(wangSha), adviser(null));
        assertThatThrownBy(() -> Seats.requireUnused(r, "m2", wangSha))
                .isInstanceOf(BadInputException.class).hasMessageContaining("王建国").hasMessageContaining("执法业务骨干");
        Seats.requireUnused(r, "m1", wangSha);
        Seats.requireUnused(r, "m2", liSha);
    }

    @Test
    void withoutANamedMemberTheRegisteredCertificateOfTheRoleFindsItsSeat() {
        Review r = panel(officer(wangSha), adviser(liSha));
        assertThat(Seats.requireSeat(r, null, Role.OFFICER, wang).id()).isEqualTo("m1");
        assertThat(Seats.requireSeat(r, null, Role.LEGAL_ADVISER, li).id()).isEqualTo("m2");
        // the adviser's certificate cannot fill the officer's seat, and the message names who is registered
        assertThatThrownBy(() -> Seats.requireSeat(r, null, Role.OFFICER, li))
                .isInstanceOf(BadInputException.class).hasMessageContaining("李律师")
                .hasMessageContaining("王建国（" + Seats.shortSha(wangSha) + "）");
        // a role nobody holds on this panel
        assertThatThrownBy(() -> Seats.requireSeat(r, null, Role.EXPERT, wang))
                .isInstanceOf(BadInputException.class).hasMessageContaining("没有登记");
    }

    @Test
    void aMemberWithoutACertificateSignsOnlyWithOneInTheirOwnName() {
        Review r = panel(officer(null), adviser(null));
        assertThat(Seats.requireSeat(r, null, Role.OFFICER, wang).id()).isEqualTo("m1");
        assertThat(Seats.requireSeat(r, "王建国", Role.OFFICER, wang).id()).isEqualTo("m1");
        // a certificate in another name is not the member's, named or not
        assertThatThrownBy(() -> Seats.requireSeat(r, null, Role.OFFICER, li))
                .isInstanceOf(BadInputException.class).hasMessageContaining("王建国（—）");
        assertThatThrownBy(() -> Seats.requireSeat(r, "m1", Role.OFFICER, li))
                .isInstanceOf(BadInputException.class).hasMessageContaining("没有登记签名证书");
    }

    @Test
    void aNamedMemberMustExistHoldTheRoleAndOwnTheCertificate() {
        Review r = panel(officer(wangSha), adviser(liSha));
        assertThat(Seats.requireSeat(r, " m1 ", Role.OFFICER, wang).name()).isEqualTo("王建国");
        assertThatThrownBy(() -> Seats.requireSeat(r, "张三", Role.OFFICER, wang))
                .isInstanceOf(BadInputException.class).hasMessageContaining("张三");
        assertThatThrownBy(() -> Seats.requireSeat(r, "李律师", Role.OFFICER, li))
                .isInstanceOf(BadInputException.class).hasMessageContaining("不能以");
        assertThatThrownBy(() -> Seats.requireSeat(r, "m1", Role.OFFICER, li))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("王建国（" + Seats.shortSha(wangSha) + "）");
    }

    private static OpinionVerifier.Entry signed(Role role, String sha, String at) {
        return new OpinionVerifier.Entry("sig", "王建国", role, at, true, true, sha, null);
    }

    private static ReviewDao.CertificateRow old(String sha, String replacedAt) {
        return new ReviewDao.CertificateRow("m1", "OFFICER", sha, "CN=王建国", "2026-01-01T00:00:00Z", replacedAt, "续期");
    }

    @Test
    void aSignatureIsRegisteredWhenItsCertificateIsOrWasWhenSigningTheMembersInThatRole() {
        Review r = panel(officer(wangSha), adviser(liSha));
        assertThat(Seats.registered(signed(Role.OFFICER, wangSha, "2026-12-07T09:00:00Z"), r, List.of())).isTrue();
        // the right certificate in the wrong role, no certificate, no role
        assertThat(Seats.registered(signed(Role.EXPERT, wangSha, "2026-12-07T09:00:00Z"), r, List.of())).isFalse();
        assertThat(Seats.registered(signed(Role.OFFICER, liSha, "2026-12-07T09:00:00Z"), r, List.of())).isFalse();
        assertThat(Seats.registered(signed(Role.OFFICER, null, "2026-12-07T09:00:00Z"), r, List.of())).isFalse();
        assertThat(Seats.registered(signed(null, wangSha, "2026-12-07T09:00:00Z"), r, List.of())).isFalse();

        // a renewed certificate: the old one counts for signatures made before it was replaced, not after
        String oldSha = "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";
        List<ReviewDao.CertificateRow> history = List.of(old(oldSha, "2026-06-01T00:00:00Z"));
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "2026-05-31T23:00:00Z"), r, history)).isTrue();
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "2026-06-01T00:00:00Z"), r, history)).isTrue();
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "2026-06-02T00:00:00Z"), r, history)).isFalse();
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, null), r, history)).isFalse();
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "not a time"), r, history)).isFalse();
        // a history row still current (never replaced) or of another role does not count
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "2026-05-01T00:00:00Z"), r,
                List.of(old(oldSha, null)))).isFalse();
        assertThat(Seats.registered(signed(Role.OFFICER, oldSha, "2026-05-01T00:00:00Z"), r,
                List.of(new ReviewDao.CertificateRow("m1", "EXPERT", oldSha, "CN=王建国", "2026-01-01T00:00:00Z",
                        "2026-06-01T00:00:00Z", "续期")))).isFalse();
    }

    @Test
    void verificationWithTheWorkspaceFailsAnUnregisteredSignatureAndNamesIt() {
        Review r = panel(officer(wangSha), adviser(liSha));
        OpinionVerifier.Entry good2 = new OpinionVerifier.Entry(org.jrw.logic.pdf.OpinionPdf.FIELD_PREFIX + "1", "王建国",
                Role.OFFICER, "2026-12-07T09:00:00Z", true, true, wangSha, null);
        OpinionVerifier.Entry stranger2 = new OpinionVerifier.Entry(org.jrw.logic.pdf.OpinionPdf.FIELD_PREFIX + "2",
                "冒:名", Role.LEGAL_ADVISER, "2026-12-07T09:00:00Z", true, true, wangSha, null);
        OpinionVerifier.Report rep = new OpinionVerifier.Report(true, false, 2, 2, List.of(good2, stranger2), List.of());
        OpinionVerifier.Report out = Seats.check(rep, r, List.of());
        assertThat(out.signatures()).extracting(OpinionVerifier.Entry::registered).containsExactly(true, false);
        assertThat(out.signed()).isEqualTo(1);
        assertThat(out.complete()).isFalse();
        assertThat(out.anyUnregistered()).isTrue();
        assertThat(String.join("\n", out.problems())).contains("seats.verify.notRegistered:冒：名:法律顾问");
    }
}
