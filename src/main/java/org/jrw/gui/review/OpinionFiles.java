package org.jrw.gui.review;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jrw.gui.DialogService;
import org.jrw.i18n.Messages;
import org.jrw.logic.signing.OpinionVerifier;

/**
 * The opinion PDFs the review tab asks for, through the view model's {@link DialogService} (ADR 0166):
 * where to render (beside the last opinion), which opinion to sign and where its signed copy goes
 * (beside it, named with the next signature's number), which opinion to verify. A cancelled chooser
 * does nothing.
 */
final class OpinionFiles {
    private final ReviewViewModel vm;

    OpinionFiles(ReviewViewModel vm) {
        this.vm = vm;
    }

    private static List<DialogService.FileType> pdf() {
        return List.of(DialogService.FileType.of(Messages.get("dialogs.filter.pdf"), "*.pdf"));
    }

    private static Path folderOf(Path file) {
        return file == null || file.toAbsolutePath().getParent() == null ? null : file.toAbsolutePath().getParent();
    }

    /** 生成意见书: asks where (in the last opinion's folder) and renders there; false when cancelled. */
    boolean render() {
        Optional<Path> out = vm.dialogs.saveFile(Messages.get("dialogs.review.render"),
                folderOf(vm.lastPdfProperty().get()), vm.suggestedName(), pdf());
        out.map(p -> DialogService.withExtension(p, ".pdf")).ifPresent(vm::render);
        return out.isPresent();
    }

    /** The opinion to sign: the last one rendered or signed here, else one the user picks (empty: cancelled). */
    Optional<Path> toSign() {
        Path last = vm.lastPdfProperty().get();
        return last != null ? Optional.of(last) : vm.dialogs.openFile(Messages.get("review.gui.sign.choosePdf"), pdf());
    }

    /** Where the signed copy of {@code in} goes: asked in its folder, named x-签名N.pdf (empty: cancelled). */
    Optional<Path> signedCopy(Path in) {
        OpinionVerifier.Report r = vm.reportProperty().get();
        int next = (r == null ? 0 : r.signed()) + 1;
        return vm.dialogs.saveFile(Messages.get("review.gui.sign.saveAs"), folderOf(in),
                ReviewViewModel.signedName(in, next), pdf()).map(p -> DialogService.withExtension(p, ".pdf"));
    }

    /** 验证: asks for an opinion PDF and verifies it; false when cancelled. */
    boolean verify() {
        Optional<Path> in = vm.dialogs.openFile(Messages.get("review.gui.verify.choose"), pdf());
        in.ifPresent(vm::verify);
        return in.isPresent();
    }
}
