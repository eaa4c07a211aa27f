package org.jrw.gui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jrw.gui.AppContext;
import org.jrw.gui.FakeDialogs;
import org.jrw.gui.task.TaskRunner;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.settings.Preferences;
import org.jrw.logic.task.Progress;
import org.jrw.model.Dossier;
import org.jrw.model.Role;
import org.jrw.model.review.Conclusion;
import org.jrw.model.review.PanelMember;
import org.jrw.model.review.Recommendation;
import org.jrw.model.review.ReviewPoint;
import org.jrw.model.review.ViewKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review view-model without a window (same-thread tasks, a fake dialog service): a signed
 * review asks once before a change; No keeps the signed version and says so without an error;
 * Yes starts a new version.
 */
class ReviewViewModelTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private final FakeDialogs dialogs = new FakeDialogs();
    private ReviewViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLanguage("zh");
        ctx = new AppContext(tmp.resolve("ws"), tmp.resolve("config"), TaskRunner.sameThread());
        ctx.savePreferences(Preferences.defaults().withIdentity(new Preferences.Identity("王某明", Role.CHAIR, "西安市应急管理局")));
        DemoContent.loadDemoDossier(ctx.openWorkspace(), Progress.NONE);
        Dossier d = ctx.dossiers().load(ctx.dossiers().list().get(0).caseId());
        vm = new ReviewViewModel(ctx);
        vm.setDialogs(dialogs);
        vm.dossierProperty().set(d);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void aSignedReviewAsksOnceNoKeepsItYesStartsANewVersion() {
        assertThat(vm.review()).isNotNull();
        assertThat(vm.draftProperty().get()).isTrue();
        Path key = tmp.resolve("officer.p12");
        vm.createIdentity("李某华", "西安市应急管理局", Role.OFFICER, key, "secret-0".toCharArray());
        vm.createIdentity("王某律师", "西安市应急管理局", Role.LEGAL_ADVISER, tmp.resolve("a.p12"), "secret-1".toCharArray());
        vm.createIdentity("赵某工", "西安市应急管理局", Role.EXPERT, tmp.resolve("e.p12"), "secret-2".toCharArray());
        List<PanelMember> members = List.copyOf(vm.members());
        assertThat(dialogs.errors).isEmpty();
        assertThat(members).hasSize(3);
        for (PanelMember m : members) {
            for (ReviewPoint p : ReviewPoint.values()) {
                vm.recordView(m, p, ViewKind.AGREE, "");
            }
        }
        vm.conclude(new Recommendation(Conclusion.APPROVE, "罚款人民币二万元", 20000L, null, null, List.of(), List.of(),
                "情节一般", List.of()));
        assertThat(vm.draftProperty().get()).isFalse();
        Path pdf = tmp.resolve("opinion.pdf");
        vm.render(pdf);
        vm.sign(members.get(0), pdf, key, "secret-0".toCharArray(), tmp.resolve("signed.pdf"));
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.review().frozen()).isTrue();
        int version = vm.review().version();
        int restored = vm.restoredProperty().get();

        // No: asked once, nothing written, no error, a note instead
        vm.recordView(members.get(0), ReviewPoint.SUBJECT, ViewKind.SUPPLEMENT, "补充一句");
        assertThat(dialogs.questions).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notes).singleElement().asString().contains("第 " + version + " 版");
        assertThat(vm.restoredProperty().get()).isEqualTo(restored + 1);
        assertThat(vm.review().frozen()).isTrue();
        assertThat(vm.review().view(ReviewPoint.SUBJECT, members.get(0).id()).orElseThrow().kind()).isEqualTo(ViewKind.AGREE);

        // Yes: a new version with the change, signatures discarded
        dialogs.answer(true);
        vm.recordView(members.get(0), ReviewPoint.SUBJECT, ViewKind.SUPPLEMENT, "补充一句");
        assertThat(dialogs.questions).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.review().version()).isEqualTo(version + 1);
        assertThat(vm.review().frozen()).isFalse();
        assertThat(vm.review().view(ReviewPoint.SUBJECT, members.get(0).id()).orElseThrow().text()).isEqualTo("补充一句");
        // the keystore was remembered for the next start
        assertThat(new ReviewViewModel(new AppContext(tmp.resolve("other"), tmp.resolve("config"))).keystoreOf(members.get(0)))
                .isNotNull();
    }
}
