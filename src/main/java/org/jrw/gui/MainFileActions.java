package org.jrw.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.model.Dossier;

/**
 * The main menu's actions that ask for a file (文件 → 导入/导出, review and response packages, comment
 * PDFs; 培训 → 生成脱敏副本; 会议 → 会议记录): each asks through the {@link DialogService} (ADR 0166), adds
 * the type's extension to a name typed without it, and hands the file to {@link MainViewModel}, which
 * does the work in the background. A cancelled chooser does nothing. Tested with a scripted dialog
 * service and a same-thread task runner, without a window.
 */
public final class MainFileActions {
    private final MainViewModel vm;
    private final DialogService dialogs;
    private final MainViewModel.ExchangeDialogs exchange;
    private final MainViewModel.Notifier notifier;

    /**
     * @param exchange asks for a package's password (null: cancelled, empty: no encryption)
     * @param notifier where the outcome of the menu's own work (de-identified copy, minutes) is told
     */
    public MainFileActions(MainViewModel vm, DialogService dialogs, MainViewModel.ExchangeDialogs exchange,
                           MainViewModel.Notifier notifier) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.exchange = exchange;
        this.notifier = notifier;
    }

    private static DialogService.FileType type(String key, String... patterns) {
        return DialogService.FileType.of(Messages.get(key), patterns);
    }

    private static DialogService.FileType all() {
        return type("gui.filter.all", "*");
    }

    private String caseFileName(String ext) {
        Dossier d = vm.overview().dossier();
        return safeName(d == null ? null : d.caseInfo().caseNumber()) + ext;
    }

    /** A case number as a file name: characters file systems refuse become _. */
    static String safeName(String s) {
        return s == null ? "case" : s.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
    }

    private Optional<Path> save(String titleKey, String initialName, String filterKey, String ext) {
        return dialogs.saveFile(Messages.get(titleKey), initialName, List.of(type(filterKey, "*" + ext)))
                .map(p -> DialogService.withExtension(p, ext));
    }

    private Optional<Path> open(String titleKey, String filterKey, String... patterns) {
        return dialogs.openFile(Messages.get(titleKey), List.of(type(filterKey, patterns), all()));
    }

    /** 导入案卷包…: one or more .jrcase packages. */
    public void importPackages() {
        List<Path> files = dialogs.openFiles(Messages.get("gui.menu.import"),
                List.of(type("gui.filter.jrcase", "*.jrcase"), all()));
        if (!files.isEmpty()) {
            vm.importPackages(files);
        }
    }

    /** 导出案卷包…: the open case as a .jrcase package. */
    public void exportPackage() {
        if (vm.canExport()) {
            save("gui.menu.export", caseFileName(".jrcase"), "gui.filter.jrcase", ".jrcase").ifPresent(vm::exportCurrent);
        }
    }

    /** 导出审查包…: where, then the password (cancelled: nothing written; empty: not encrypted). */
    public void exportReview() {
        if (vm.overview().dossier() == null) {
            return;
        }
        save("exchange.menu.exportReview", caseFileName(".jrreview"), "exchange.filter.review", ".jrreview")
                .ifPresent(p -> {
                    char[] pw = exchange.password(Messages.get("exchange.password.prompt"));
                    if (pw != null) {
                        vm.exportReview(p, pw.length == 0 ? null : pw);
                    }
                });
    }

    /** 打开审查包…: the password is asked only when the package turns out to be encrypted. */
    public void openReview() {
        open("exchange.menu.openReview", "exchange.filter.review", "*.jrreview").ifPresent(p -> vm.openReview(p, null));
    }

    /** 导出反馈包…. */
    public void exportResponse() {
        if (vm.overview().dossier() != null) {
            save("exchange.menu.exportResponse", caseFileName(".jrresponse"), "exchange.filter.response", ".jrresponse")
                    .ifPresent(vm::exportResponse);
        }
    }

    /** 导入反馈包…. */
    public void importResponse() {
        open("exchange.menu.importResponse", "exchange.filter.response", "*.jrresponse").ifPresent(vm::importResponse);
    }

    /** 导出批注用 PDF…. */
    public void exportCommentPdf() {
        if (vm.overview().dossier() != null) {
            save("exchange.menu.exportPdf", caseFileName(".pdf"), "exchange.filter.pdf", ".pdf").ifPresent(vm::exportCommentPdf);
        }
    }

    /** 导入 PDF 批注…: a commented PDF or an XFDF file. */
    public void importComments() {
        if (vm.overview().dossier() != null) {
            open("exchange.menu.importComments", "exchange.filter.comments", "*.pdf", "*.xfdf").ifPresent(vm::importComments);
        }
    }

    /** 生成脱敏副本…: a de-identified copy of the open case (training material); warnings are read in a dialog. */
    public void anonymize() {
        Dossier d = vm.overview().dossier();
        if (d == null) {
            return;
        }
        String title = Messages.get("gui.training.menu.anonymize");
        save("gui.training.menu.anonymize", Messages.get("ux.file.training", safeName(d.caseInfo().caseNumber())),
                "gui.filter.jrcase", ".jrcase").ifPresent(p -> org.jrw.gui.training.TrainingViewModel.anonymize(
                        vm.context(), d.caseId(), p, r -> {
                            String text = Messages.get("training.anonymize.done", r.file(), r.replaced());
                            if (r.warnings().isEmpty()) {
                                notifier.done(title, text);
                            } else {
                                notifier.info(title, text + "\n\n" + String.join("\n", r.warnings()));
                            }
                        }, t -> notifier.error(Messages.get("gui.error.title"), t.getMessage())));
    }

    /** 打印会议记录…: the minutes of the open case's latest meeting as a PDF. */
    public void minutes() {
        Dossier d = vm.overview().dossier();
        if (d == null) {
            return;
        }
        String title = Messages.get("meeting.menu.minutes");
        save("meeting.menu.minutes", Messages.get("ux.file.minutes", safeName(d.caseInfo().caseNumber())),
                "dialogs.filter.pdf", ".pdf").ifPresent(out -> vm.context().tasks().run(title, p -> {
                    var ms = vm.context().meetings();
                    ms.writeMinutes(ms.resolve(d.caseId(), null), out);
                    return out;
                }, o -> notifier.done(title, Messages.get("meeting.gui.minutesWritten", o)),
                        t -> notifier.error(Messages.get("gui.error.title"), t.getMessage())));
    }
}
