package org.jrw.gui.edit;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jrw.i18n.Messages;
import org.jrw.logic.checks.LegalityChecker;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.edit.CaseEditor;
import org.jrw.logic.edit.EditPath;
import org.jrw.logic.edit.FieldProblem;
import org.jrw.logic.law.Law;
import org.jrw.logic.law.Resolution;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.model.Violation;

/**
 * The worker side of the 编辑 tab (split from {@link CaseEditViewModel}): the case editor and the
 * legality checker, made on first use, and what a case shows — the fields' problems, the hints of
 * provision and fine fields, the live findings, undo and redo — computed off the JavaFX thread.
 */
final class CaseEditChecks {
    /** What a stored case shows: problems, hints by path, findings, whether undo and redo are possible. */
    record State(List<FieldProblem> problems, Map<String, String> hints, List<Finding> findings,
            boolean canUndo, boolean canRedo) {
    }

    private final Supplier<CaseEditor> editors;
    private volatile CaseEditor editor;
    private volatile LegalityChecker checker;

    CaseEditChecks(Supplier<CaseEditor> editors) {
        this.editors = editors;
    }

    CaseEditor editor() {
        CaseEditor e = editor;
        if (e == null) {
            e = editors.get();
            editor = e;
        }
        return e;
    }

    LegalityChecker checker() {
        LegalityChecker c = checker;
        if (c == null) {
            c = new LegalityChecker();
            checker = c;
        }
        return c;
    }

    /** On the worker: the problems, hints, findings and undo/redo of a case as stored. */
    State state(Dossier d) {
        List<FieldProblem> problems = editor().checks().problems(d);
        Map<String, String> h = hints(d);
        List<Finding> live = checker().check(d, null);
        boolean undo = editor().canUndo(d.caseId());
        boolean redo = editor().canRedo(d.caseId());
        return new State(problems, h, live, undo, redo);
    }

    /** The hint of each provision field (the resolved article) and fine field (the statutory range), by path. */
    Map<String, String> hints(Dossier d) {
        Map<String, String> byPath = new HashMap<>();
        java.time.LocalDate on = d.caseInfo().violationDate();
        for (Violation v : d.violations()) {
            String at = "violations[" + v.id() + "]";
            Resolution violated = null;
            if (v.violatedProvision() != null && !v.violatedProvision().isBlank()) {
                violated = editor().checks().resolver().resolve(v.violatedProvision(), on, null);
                byPath.put(at + ".violatedProvision", describe(violated));
            }
            if (v.penaltyProvision() != null && !v.penaltyProvision().isBlank()) {
                String context = violated != null && violated.law() != null ? violated.law().title() : null;
                Resolution r = editor().checks().resolver().resolve(v.penaltyProvision(), on, context);
                byPath.put(at + ".penaltyProvision", describe(r));
            }
            Optional<StatutoryRange> range = editor().checks().range(d, v);
            range.ifPresent(r -> byPath.put(at + ".proposed.fineYuan",
                    Messages.get("edit.gui.range", yuan(r.minYuan()), yuan(r.maxYuan()), r.quote())));
        }
        return byPath;
    }

    private static String describe(Resolution r) {
        if (!r.found()) {
            return "";
        }
        String text = r.text();
        return r.label() + (r.version() == null ? "" : Messages.paren(r.version().label()))
                + (text == null ? "" : "\n" + text);
    }

    private static String yuan(long v) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(v);
    }

    /** See {@link CaseEditViewModel#suggestProvisions}; {@code d} is the case shown (or null). */
    List<String> suggestProvisions(Dossier d, String typed, String path) {
        List<String> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        java.time.LocalDate on = d == null ? null : d.caseInfo().violationDate();
        String context = null;
        if (d != null && path != null && path.endsWith(".penaltyProvision")) {
            Violation v = d.violation(EditPath.parse(path).key()).orElse(null);
            if (v != null && v.violatedProvision() != null) {
                Resolution vr = editor().checks().resolver().resolve(v.violatedProvision(), on, null);
                context = vr.law() == null ? null : vr.law().title();
            }
        }
        Resolution r = editor().checks().resolver().resolve(typed, on, context);
        if (r.found()) {
            out.add(r.label());
            return out;
        }
        String q = typed.strip();
        for (Law law : editor().checks().resolver().library().laws()) {
            if (law.title().contains(q) || law.shortTitle().contains(q)
                    || law.aliases().stream().anyMatch(a -> a.contains(q))) {
                out.add("《" + law.title() + "》");
            }
            if (out.size() >= 8) {
                break;
            }
        }
        return out;
    }
}
