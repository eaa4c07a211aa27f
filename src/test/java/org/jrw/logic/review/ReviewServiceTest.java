package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.signing.Identities;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Workspace;
import org.jrw.logic.task.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel, its views and conclusion as the review service keeps them: bad input names the field
 * and writes nothing (no row, no audit entry), a certificate is one member's, a renewal is explicit,
 * a signed (frozen) review changes only as a new version, a read-only workspace changes nothing.
 */
class ReviewServiceTest {
    @TempDir
    Path tmp;

    private Workspace ws;
    private ReviewService review;
    private String caseId;

    @BeforeAll
    static void zh() {
        Messages.setLanguage("zh");
    }

    @BeforeEach
    void open() {
        ws = Workspace.open(tmp.resolve("ws"));
        DemoContent.loadDemoDossier(ws, Progress.NONE);
        caseId = new DossierService(ws).list().get(0).caseId();
        review = new ReviewService(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<String> actions() {
        List<AuditDao.Row> rows = ws.db().withConnection(c -> AuditDao.list(c, null, null));
        return rows.stream().map(AuditDao.Row::action).toList();
    }

    private int audits() {
        return actions().size();
    }

    private static Identities.Info cert(String name, char hex) {
        return new Identities.Info("CN=" + name, name, String.valueOf(hex).repeat(64), "2031-01-01");
    }

    private void fullPanel() {
        review.addMember(caseId, "王建国", "西安市应急管理局", Role.OFFICER, cert("王建国", 'a'), false);
        review.addMember(caseId, "李律师", "某律师事务所", Role.LEGAL_ADVISER, null, false);
        review.addMember(caseId, "赵工", " ", Role.EXPERT, null, false);
    }

    @Test
    void aPanelIsCompleteWithEachRoleAndADraftUntilEveryPointIsAgreedAndConcluded() {
        Review empty = review.load(caseId);
        assertThat(ReviewService.compositionProblems(empty)).hasSize(3);
        assertThat(ReviewService.isDraft(empty)).isTrue();
        fullPanel();
        Review r = review.load(caseId);
        assertThat(r.members()).extracting(PanelMember::id).containsExactly("m1", "m2", "m3");
        assertThat(r.members().get(2).organisation()).isNull();
        assertThat(ReviewService.compositionProblems(r)).isEmpty();
        assertThat(ReviewService.isDraft(r)).isTrue();
        for (ReviewPoint p : ReviewPoint.values()) {
            for (String m : List.of("m1", "李律师", "m3")) {
                review.recordView(caseId, m, p, ViewKind.AGREE, null, false);
            }
        }
        assertThat(review.load(caseId).openPoints()).isEmpty();
        assertThat(ReviewService.isDraft(review.load(caseId))).isTrue();
        review.setRecommendation(caseId, OpinionContentTest.REC, false);
        Review done = review.load(caseId);
        assertThat(done.recommendation().conclusion()).isEqualTo(Conclusion.APPROVE_WITH_CHANGES);
        assertThat(done.recommendation().fineYuan()).isEqualTo(20000L);
        assertThat(ReviewService.isDraft(done)).isFalse();

        // a member removed leaves the panel incomplete again, and names the missing role
        review.removeMember(caseId, "赵工", false);
        Review less = review.load(caseId);
        assertThat(ReviewService.compositionProblems(less)).containsExactly("review.composition.missing:行业领域专家");
        assertThat(ReviewService.isDraft(less)).isTrue();
    }

    @Test
    void badPanelInputNamesTheFieldAndWritesNothing() {
        fullPanel();
        int before = audits();
        Review r = review.load(caseId);
        assertThatThrownBy(() -> review.addMember(caseId, " ", null, Role.EXPERT, null, false))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("review.member.nameMissing"));
        assertThatThrownBy(() -> review.addMember(caseId, "钱工", null, null, null, false))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("review.member.roleMissing"));
        // a member bound by a certificate is not moved to another seat, nor given another certificate quietly
        assertThatThrownBy(() -> review.addMember(caseId, "王建国", null, Role.EXPERT, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("王建国").hasMessageContaining("一人只占一个席位");
        assertThatThrownBy(() -> review.addMember(caseId, "王建国", null, Role.OFFICER, cert("王建国", 'b'), false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("review renew-certificate");
        assertThatThrownBy(() -> review.addMember(caseId, "李律师", null, Role.LEGAL_ADVISER, cert("王建国", 'a'), false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("一张证书只能属于一名成员");
        assertThatThrownBy(() -> review.recordView(caseId, "m1", null, ViewKind.AGREE, null, false))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("review.view.incomplete"));
        assertThatThrownBy(() -> review.recordView(caseId, "m1", ReviewPoint.values()[0], ViewKind.OBJECT, "  ", false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("有异议");
        assertThatThrownBy(() -> review.recordView(caseId, "张三", ReviewPoint.values()[0], ViewKind.AGREE, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("张三");
        assertThatThrownBy(() -> review.removeMember(caseId, " ", false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("联审小组中没有成员");
        assertThat(audits()).isEqualTo(before);
        assertThat(review.load(caseId)).isEqualTo(r);

        // the same member updated by name keeps the seat and certificate
        PanelMember again = review.addMember(caseId, "王建国", "陕西省应急管理厅", Role.OFFICER, null, false);
        assertThat(again.id()).isEqualTo("m1");
        assertThat(again.certificateSha256()).isEqualTo("a".repeat(64));
        assertThat(again.organisation()).isEqualTo("陕西省应急管理厅");
    }

    @Test
    void aCertificateIsRenewedOnlyExplicitlyWithAReasonAndTheOldOneStaysOnRecord() {
        fullPanel();
        int before = audits();
        assertThatThrownBy(() -> review.renewCertificate(caseId, "m1", (Identities.Info) null, "到期", false))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("seats.renew.certificateMissing"));
        assertThatThrownBy(() -> review.renewCertificate(caseId, "m1", cert("王建国", 'b'), " ", false))
                .isInstanceOf(BadInputException.class).hasMessage(Messages.get("seats.renew.reasonMissing"));
        assertThatThrownBy(() -> review.renewCertificate(caseId, "m1", cert("王建国", 'a'), "到期", false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("无需更换");
        assertThat(audits()).isEqualTo(before);

        PanelMember renewed = review.renewCertificate(caseId, "王建国", cert("王建国", 'b'), " 原证书到期 ", false);
        assertThat(renewed.certificateSha256()).isEqualTo("b".repeat(64));
        List<ReviewDao.CertificateRow> rows = review.certificates(caseId);
        assertThat(rows).extracting(ReviewDao.CertificateRow::sha256).containsExactlyInAnyOrder("a".repeat(64),
                "b".repeat(64));
        assertThat(rows).filteredOn(x -> x.sha256().startsWith("a")).allSatisfy(x -> assertThat(x.replacedAt()).isNotNull());
        assertThat(rows).filteredOn(x -> x.sha256().startsWith("b"))
                .allSatisfy(x -> assertThat(x.reason()).isEqualTo("原证书到期"));
        assertThat(actions()).contains("review.member.renew");
    }

    @Test
    void aSignedReviewChangesOnlyAsANewVersionAndTheAuditSaysSo() {
        fullPanel();
        ws.db().inTransaction(c -> {
            ReviewDao.Head h = ReviewDao.head(c, caseId).orElseThrow();
            ReviewDao.saveHead(c, new ReviewDao.Head(caseId, h.version(), true, h.recommendationJson(), h.updatedAt()));
            return null;
        });
        Review frozen = review.load(caseId);
        assertThat(frozen.frozen()).isTrue();
        int before = audits();
        assertThatThrownBy(() -> review.recordView(caseId, "m1", ReviewPoint.values()[0], ViewKind.AGREE, null, false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("第 " + frozen.version() + " 版");
        assertThat(audits()).isEqualTo(before);

        review.recordView(caseId, "m1", ReviewPoint.values()[0], ViewKind.SUPPLEMENT, "建议补充整改复查记录", true);
        Review next = review.load(caseId);
        assertThat(next.version()).isEqualTo(frozen.version() + 1);
        assertThat(next.frozen()).isFalse();
        assertThat(actions()).contains("review.newVersion", "review.view");
    }

    @Test
    void aReadOnlyWorkspaceChangesNothing() {
        fullPanel();
        ws.close();
        try (Workspace ro = Workspace.openReadOnly(tmp.resolve("ws"))) {
            ReviewService readOnly = new ReviewService(ro);
            assertThatThrownBy(() -> readOnly.recordView(caseId, "m1", ReviewPoint.values()[0], ViewKind.AGREE, null,
                    false)).isInstanceOf(BadInputException.class).hasMessage(Messages.get("review.readOnly"));
            assertThat(readOnly.load(caseId).views()).isEmpty();
        }
        ws = Workspace.open(tmp.resolve("ws"));
    }
}
