package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.Arrays;
import org.jrw.i18n.Messages;
import org.jrw.logic.review.ReviewService;
import org.jrw.logic.signing.OpinionSigner;
import org.jrw.logic.signing.OpinionVerifier;
import org.jrw.model.BadInputException;
import org.jrw.model.review.PanelMember;

/**
 * The opinion actions of {@link ReviewViewModel}: render, sign and verify the opinion PDF, each in the
 * background through the view model's task runner, the verification report kept on the view model.
 */
final class OpinionActions {
    private final ReviewViewModel vm;

    OpinionActions(ReviewViewModel vm) {
        this.vm = vm;
    }

    /** Renders the opinion to {@code out}; a draft is rendered too, marked 草稿, and said so. */
    void render(Path out) {
        String caseId = vm.caseId();
        if (caseId == null) {
            return;
        }
        vm.run("review.gui.task.render", p -> {
            p.update(0, 2, Messages.get("review.gui.task.render"));
            ReviewService.Rendered r = vm.service().renderOpinion(caseId, out);
            p.update(1, 2, Messages.get("review.gui.task.verify"));
            return new Object[] {r, checked(r.file())};
        }, res -> {
            ReviewService.Rendered r = (ReviewService.Rendered) res[0];
            vm.lastPdf.set(r.file());
            vm.reportFile.set(r.file());
            vm.report.set((OpinionVerifier.Report) res[1]);
            String why = vm.review.get() == null ? "" : String.join(Messages.semicolon(), ReviewViewModel.draftReasons(vm.review.get()));
            vm.message.set(r.draft() ? Messages.get("review.gui.render.draft", r.file(), r.pages(), why)
                    : Messages.get("review.gui.render.done", r.file(), r.pages(), r.version()));
        });
    }

    /**
     * Signs {@code pdf} as the member with the keystore and password, writing {@code out}; the
     * signature is recorded in the workspace (the review is then frozen) and the result verified.
     */
    void sign(PanelMember m, Path pdf, Path keystore, char[] password, Path out) {
        String caseId = vm.caseId();
        if (m == null || pdf == null || keystore == null || out == null) {
            Arrays.fill(password, '\0');
            vm.fail(new BadInputException("review.gui.sign.incomplete"));
            return;
        }
        vm.keystores.put(m.id(), keystore);
        vm.run("review.gui.task.sign", p -> {
            OpinionSigner.Result res;
            try {
                res = vm.service().sign(caseId, m.id(), pdf, keystore, password, m.role(), out);
            } finally {
                Arrays.fill(password, '\0');
            }
            return new Object[] {res, checked(res.file())};
        }, res -> {
            OpinionSigner.Result r = (OpinionSigner.Result) res[0];
            OpinionVerifier.Report rep = (OpinionVerifier.Report) res[1];
            vm.rememberKeystore(m, keystore);
            vm.lastPdf.set(r.file());
            vm.reportFile.set(r.file());
            vm.report.set(rep);
            vm.message.set(Messages.get("review.gui.sign.done", r.signer(), ReviewViewModel.roleLabel(m.role()), r.file(),
                    rep.signed(), rep.required()));
            vm.reload();
        });
    }

    /**
     * The verification as the workbench sees it: the PDF's own checks, then every signature against
     * the registered panel (ADR 0090: a signature not by a member's registered certificate is invalid).
     * Runs on the background thread.
     */
    private OpinionVerifier.Report checked(Path pdf) {
        return vm.service().withRegistration(OpinionVerifier.verify(pdf), pdf);
    }

    /** Verifies an opinion PDF: each signature, the document's integrity and completeness. */
    void verify(Path pdf) {
        vm.run("review.gui.task.verify", p -> checked(pdf), rep -> {
            vm.reportFile.set(pdf);
            vm.report.set(rep);
            vm.message.set(Messages.get(rep.intact() ? "verify.intact" : "verify.broken"));
        });
    }
}
