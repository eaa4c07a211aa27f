package org.jrw.logic.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.logic.task.Progress;
import org.jrw.model.Role;
import org.jrw.model.review.MemberView;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Review;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.jrw.persistence.ReviewDao;
import org.jrw.persistence.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review writes made inside an exchange's transaction: a received review as it came, merged views
 * that keep the version, and merged signatures (only the valid ones, numbered after the version's
 * others) that freeze the review.
 */
class ReviewWritesTest {
    @TempDir
    Path tmp;

    private Workspace ws;
    private String caseId;

    @BeforeEach
    void open() {
        Messages.setLanguage("zh");
        ws = Workspace.open(tmp.resolve("ws"));
        DemoContent.loadDemoDossier(ws, Progress.NONE);
        caseId = new DossierService(ws).list().get(0).caseId();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static final List<PanelMember> PANEL = List.of(
            new PanelMember("m1", "王建国", "西安市应急管理局", Role.OFFICER, "a".repeat(64), "CN=王建国"),
            new PanelMember("m2", "李律师", null, Role.LEGAL_ADVISER, null, null));

    private static MemberView view(String member, ViewKind k, String text) {
        return new MemberView(ReviewPoint.FACTS, member, k, text, "2026-12-07T08:00:00Z");
    }

    private Review load() {
        return new ReviewService(ws).load(caseId);
    }

    private Optional<ReviewDao.Head> head() {
        return ws.db().withConnection(c -> ReviewDao.head(c, caseId));
    }

    @Test
    void aReceivedReviewIsStoredAsItCameAndNotFrozen() {
        ws.db().inTransaction(ReviewWrites.received(caseId, PANEL, List.of(view("m1", ViewKind.AGREE, "")), 3,
                ReviewJson.recommendationJson(OpinionContentTest.REC)));
        Review r = load();
        assertThat(r.members()).isEqualTo(PANEL);
        assertThat(r.views()).hasSize(1);
        assertThat(r.version()).isEqualTo(3);
        assertThat(r.frozen()).isFalse();
        assertThat(r.recommendation()).isEqualTo(OpinionContentTest.REC);
    }

    @Test
    void mergedViewsKeepTheVersionAndNoViewsWriteNothing() {
        ws.db().inTransaction(ReviewWrites.received(caseId, PANEL, List.of(), 2, "{}"));
        Review before = load();
        ReviewDao.Head h0 = head().orElseThrow();
        ws.db().inTransaction(ReviewWrites.mergedViews(caseId, before, List.of()));
        assertThat(head().orElseThrow()).isEqualTo(h0);
        assertThat(load().views()).isEmpty();

        ws.db().inTransaction(ReviewWrites.mergedViews(caseId, before,
                List.of(view("m2", ViewKind.OBJECT, "罚款偏高"), view("m1", ViewKind.AGREE, ""))));
        Review after = load();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.isDisputed(ReviewPoint.FACTS)).isTrue();
    }

    @Test
    void onlyValidSignaturesAreMergedAfterTheOthersAndTheReviewFreezes() {
        ws.db().inTransaction(ReviewWrites.received(caseId, PANEL, List.of(), 1, "{}"));
        ws.db().inTransaction(c -> {
            ReviewDao.addSignature(c, caseId, new ReviewDao.SignatureRow(1, 1, "王建国", "OFFICER", "2026-12-07T08:00:00Z", "x"));
            return null;
        });
        Review before = load();
        List<OpinionVerifier.Entry> sigs = List.of(
                new OpinionVerifier.Entry("jrw-sig-2", "李律师", Role.LEGAL_ADVISER, "2026-12-07T09:00:00Z", true, true),
                new OpinionVerifier.Entry("jrw-sig-3", "冒名", Role.EXPERT, "2026-12-07T09:00:00Z", false, true),
                new OpinionVerifier.Entry("other", "无身份", null, "2026-12-07T09:30:00Z", true, false));
        ws.db().inTransaction(ReviewWrites.mergedSignatures(caseId, before, sigs, "pdfsha"));
        List<ReviewDao.SignatureRow> rows = ws.db().withConnection(c -> ReviewDao.signatures(c, caseId, 1));
        assertThat(rows).extracting(ReviewDao.SignatureRow::seq).containsExactly(1, 2, 3);
        assertThat(rows).extracting(ReviewDao.SignatureRow::signer).containsExactly("王建国", "李律师", "无身份");
        assertThat(rows.get(1).role()).isEqualTo("LEGAL_ADVISER");
        assertThat(rows.get(2).role()).isEmpty();
        assertThat(rows.get(1).pdfSha256()).isEqualTo("pdfsha");
        assertThat(load().frozen()).isTrue();
    }
}
