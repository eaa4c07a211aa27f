package org.jrw.gui.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jrw.codec.DossierCodec;
import org.jrw.i18n.Messages;
import org.jrw.logic.edit.EditFields;
import org.jrw.logic.edit.EditPath;
import org.jrw.logic.edit.FieldProblem;
import org.jrw.model.Dossier;
import org.jrw.model.Violation;

/**
 * The form state of the 编辑 tab (split from {@link CaseEditViewModel}): the fields made so far by
 * path, the stored text each starts from, and the problems and hints last put on them (touched on
 * the JavaFX thread only).
 */
final class CaseForm {
    private final Map<String, CaseEditViewModel.Field> fields = new LinkedHashMap<>();
    private List<FieldProblem> lastProblems = List.of();
    private Map<String, String> lastHints;
    private Dossier treeOf;
    private ObjectNode tree;

    /** Forgets the fields, problems and hints (another case is shown). */
    void clear() {
        fields.clear();
        lastProblems = List.of();
        lastHints = null;
    }

    Collection<CaseEditViewModel.Field> fields() {
        return fields.values();
    }

    /** The field at a path, made on first use by {@code make} and given the last problems and hints. */
    CaseEditViewModel.Field field(String path, Function<String, CaseEditViewModel.Field> make) {
        return fields.computeIfAbsent(path, p -> {
            CaseEditViewModel.Field f = make.apply(p);
            mark(f, lastProblems);
            if (lastHints != null && hinted(f)) {
                f.hint(lastHints.getOrDefault(p, ""));
            }
            return f;
        });
    }

    /** The stored text of a path in a case (or "" without a case). */
    String stored(Dossier d, String path) {
        return d == null ? "" : value(tree(d), path);
    }

    /** Shows the stored values of a case in every field except those still being typed. */
    void showStored(Dossier d, Set<String> typing) {
        ObjectNode t = tree(d);
        for (CaseEditViewModel.Field f : fields.values()) {
            if (!typing.contains(f.path())) {
                f.show(value(t, f.path()));
            }
        }
    }

    /** The manifest tree of the case shown, made once per stored version (forms read every field from it). */
    private ObjectNode tree(Dossier d) {
        if (d != treeOf) {
            tree = DossierCodec.write(d);
            treeOf = d;
        }
        return tree;
    }

    static String value(ObjectNode tree, String path) {
        EditPath p = EditPath.parse(path);
        JsonNode n = p.collection().equals("case") ? tree.path("case") : null;
        if (n == null) {
            for (JsonNode x : tree.path(p.collection())) {
                if (p.key().equals(x.path("id").asText(null))) {
                    n = x;
                }
            }
            if (n == null && p.byPosition() && Integer.parseInt(p.key()) < tree.path(p.collection()).size()) {
                n = tree.path(p.collection()).get(Integer.parseInt(p.key()));
            }
        }
        if (n == null) {
            return "";
        }
        for (String f : p.field()) {
            n = n.path(f);
        }
        String v = EditFields.display(n);
        if (p.field().size() == 1 && p.field().get(0).equals("type") && p.collection().equals("documents")) {
            return org.jrw.model.DocumentType.fromCode(v).map(org.jrw.model.DocumentType::labelZh).orElse(v);
        }
        if (n.isBoolean()) {
            return Messages.get(n.asBoolean() ? "edit.gui.yes" : "edit.gui.no");
        }
        if (p.fieldKey().equals("parties.kind")) {
            org.jrw.model.PartyKind k = org.jrw.model.PartyKind.fromCode(v);
            return k == null ? v : k.labelZh();
        }
        return v;
    }

    /** Changes when the forms must be built anew (another case, items added, removed or moved). */
    static String structureKey(Dossier d) {
        return d.caseId() + "|" + d.parties().stream().map(p -> p.id()).toList() + "|" + d.officers().size() + "|"
                + d.violations().stream().map(Violation::id).toList() + "|"
                + d.documents().stream().map(x -> x.id() + ":" + x.file()).toList() + "|"
                + d.evidence().stream().map(x -> x.id() + ":" + x.file()).toList();
    }

    /** Puts each problem on the fields it concerns (date-order problems on the dates of the item). */
    void marks(List<FieldProblem> problems) {
        lastProblems = List.copyOf(problems);
        for (CaseEditViewModel.Field f : fields.values()) {
            mark(f, problems);
        }
    }

    private static void mark(CaseEditViewModel.Field f, List<FieldProblem> problems) {
        FieldProblem hit = null;
        for (FieldProblem p : problems) {
            boolean exact = p.path().equals(f.path());
            boolean dates = f.type() == EditFields.Type.DATE && !p.path().contains(".")
                    && (f.path().startsWith(p.path() + ".") || p.path().equals("case") && f.path().startsWith("case."));
            if ((exact || dates) && (hit == null || p.blocking() && !hit.blocking())) {
                hit = p;
            }
        }
        f.mark(hit == null ? "" : hit.message(), hit == null ? "" : hit.blocking() ? "error" : "note");
    }

    /** Shows the hints (by path) on the provision and fine fields. */
    void hints(Map<String, String> byPath) {
        lastHints = byPath;
        for (CaseEditViewModel.Field f : fields.values()) {
            if (hinted(f)) {
                f.hint(byPath.getOrDefault(f.path(), ""));
            }
        }
    }

    private static boolean hinted(CaseEditViewModel.Field f) {
        return f.type() == EditFields.Type.PROVISION || f.path().endsWith(".proposed.fineYuan");
    }
}
