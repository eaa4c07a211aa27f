package org.jrw.logic.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.ManifestValidator;
import org.jrw.logic.dossier.Problem;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseInfo;
import org.jrw.model.Dossier;
import org.jrw.persistence.Vault;

/**
 * Applies {@link Edit}s to a case's manifest tree (ADR 0120): set a field by its path, add or remove
 * parties, officers, violations, link evidence to a violation, move an item, replace a file (already
 * staged in the vault), mark a draft or confirm it; then validates the tree and reads it back. A value
 * that cannot be read is a {@link FieldProblem}, not an exception. Nothing is written here.
 */
final class ManifestEdits {
    private ManifestEdits() {
    }

    static final class Applied {
        ObjectNode tree;
        Dossier after;
        final List<FieldProblem> invalid = new ArrayList<>();
        final Map<String, String> added = new LinkedHashMap<>();
        String action = "case.edit";
        boolean confirming;
    }

    static Applied applyTo(Dossier base, List<Edit> edits, Map<String, Vault.Staged> staged) {
        Applied a = new Applied();
        ObjectNode tree = DossierCodec.write(base);
        a.tree = tree;
        boolean wasDraft = base.caseInfo().draft();
        for (Edit e : edits) {
            try {
                if (e instanceof Edit.Set s) {
                    set(tree, s.path(), s.value(), a);
                } else if (e instanceof Edit.Add add) {
                    add(tree, add, a);
                } else if (e instanceof Edit.Remove r) {
                    remove(tree, r.path(), a);
                } else if (e instanceof Edit.Link l) {
                    link(tree, l, a);
                } else if (e instanceof Edit.Move m) {
                    move(tree, m, a);
                } else if (e instanceof Edit.ReplaceFile rf) {
                    replaceFile(tree, rf, staged.get(rf.path()), a);
                } else if (e instanceof Edit.Draft dr) {
                    ObjectNode c = tree.with("case");
                    if (dr.draft()) {
                        c.put(CaseInfo.DRAFT_FIELD, true);
                        a.action = "case.draft";
                    } else {
                        c.remove(CaseInfo.DRAFT_FIELD);
                        a.confirming = wasDraft;
                        a.action = "case.confirm";
                    }
                }
            } catch (BadInputException bad) {
                a.invalid.add(FieldProblem.error(pathOf(e), bad.key(), bad.args()));
            }
        }
        if (!a.invalid.isEmpty()) {
            return a;
        }
        ManifestValidator.Result v = ManifestValidator.validate(tree);
        for (Problem p : v.errors()) {
            String path = p.args().length > 0 ? String.valueOf(p.args()[0]) : "";
            a.invalid.add(FieldProblem.error(path, "edit.manifest", p.message()));
        }
        if (a.invalid.isEmpty()) {
            a.after = DossierCodec.read(tree).withCaseId(base.caseId());
        }
        return a;
    }

    private static String pathOf(Edit e) {
        if (e instanceof Edit.Set s) {
            return s.path();
        } else if (e instanceof Edit.Add add) {
            return add.collection();
        } else if (e instanceof Edit.Remove r) {
            return r.path();
        } else if (e instanceof Edit.Link l) {
            return "evidence[" + l.evidenceId() + "].proves";
        } else if (e instanceof Edit.Move m) {
            return m.collection() + "[" + m.id() + "]";
        } else if (e instanceof Edit.ReplaceFile rf) {
            return rf.path();
        }
        return "case.draft";
    }

    /** The item a path names (an object of the tree), or bad input naming the path. */
    private static ObjectNode item(ObjectNode tree, EditPath p) {
        if (p.collection().equals("case")) {
            return tree.with("case");
        }
        JsonNode arr = tree.get(p.collection());
        if (arr != null && arr.isArray()) {
            for (JsonNode n : arr) {
                if (n.isObject() && p.key().equals(n.path("id").asText(null))) {
                    return (ObjectNode) n;
                }
            }
            if (p.byPosition()) {
                int i = Integer.parseInt(p.key());
                if (i < arr.size() && arr.get(i).isObject()) {
                    return (ObjectNode) arr.get(i);
                }
            }
        }
        throw new BadInputException("edit.item.unknown", EditFields.label(p.item()), p.item().toString());
    }

    /** The path with the item named by its id where it has one ({@code parties[0]} → {@code parties[p1]}). */
    private static EditPath canonical(ObjectNode item, EditPath p) {
        String id = item.path("id").asText(null);
        return id != null && !p.collection().equals("case") && !p.collection().equals("officers") ? p.withKey(id) : p;
    }

    private static void set(ObjectNode tree, String pathText, String value, Applied a) {
        EditPath p = EditPath.parse(pathText);
        if (p.field().isEmpty()) {
            throw new BadInputException("edit.path.noField", pathText);
        }
        EditFields.Type type = EditFields.type(p.fieldKey())
                .orElseThrow(() -> new BadInputException("edit.field.unknown", pathText,
                        String.join("、", EditFields.fieldsOf(p.collection()))));
        ObjectNode item = item(tree, p);
        EditPath at = canonical(item, p);
        JsonNode v;
        try {
            v = EditFields.parse(type, value);
        } catch (EditFields.BadValue bad) {
            throw new BadInputException(bad.key(), EditFields.label(at), value);
        }
        if (type == EditFields.Type.DOCUMENT_REF && v != null && !hasId(tree, "documents", v.asText())) {
            throw new BadInputException("edit.ref.unknown", EditFields.label(at), v.asText());
        }
        ObjectNode container = item;
        List<String> f = p.field();
        for (int i = 0; i < f.size() - 1; i++) {
            JsonNode sub = container.get(f.get(i));
            if (sub == null || !sub.isObject()) {
                sub = container.putObject(f.get(i));
            }
            container = (ObjectNode) sub;
        }
        String last = f.get(f.size() - 1);
        if (v == null) {
            container.remove(last);
        } else {
            container.set(last, v);
        }
    }

    private static boolean hasId(ObjectNode tree, String collection, String id) {
        for (JsonNode n : tree.path(collection)) {
            if (id.equals(n.path("id").asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static void add(ObjectNode tree, Edit.Add add, Applied a) {
        String col = add.collection();
        if (!List.of("parties", "officers", "violations").contains(col)) {
            throw new BadInputException("edit.add.notAllowed", col);
        }
        ArrayNode arr = tree.withArray(col);
        ObjectNode n = Json.object();
        String key;
        if (col.equals("officers")) {
            key = Integer.toString(arr.size());
        } else {
            key = nextId(arr, col.equals("parties") ? "p" : "v");
            n.put("id", key);
            if (col.equals("parties")) {
                n.put("kind", "unit");
            } else if (tree.path("parties").size() == 1) {
                n.put("partyId", tree.path("parties").get(0).path("id").asText());
            }
        }
        arr.add(n);
        a.added.put(col + "[" + key + "]", key);
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(add.fields()).entrySet()) {
            set(tree, col + "[" + key + "]." + f.getKey(), f.getValue(), a);
        }
    }

    private static String nextId(ArrayNode arr, String prefix) {
        Set<String> used = new HashSet<>();
        arr.forEach(n -> used.add(n.path("id").asText()));
        int i = arr.size() + 1;
        while (used.contains(prefix + i)) {
            i++;
        }
        return prefix + i;
    }

    private static void remove(ObjectNode tree, String pathText, Applied a) {
        EditPath p = EditPath.parse(pathText);
        if (!p.field().isEmpty() || p.collection().equals("case")) {
            throw new BadInputException("edit.remove.notItem", pathText);
        }
        if (!List.of("parties", "officers", "violations").contains(p.collection())) {
            throw new BadInputException("edit.remove.notAllowed", pathText);
        }
        ObjectNode item = item(tree, p);
        String id = item.path("id").asText(null);
        if (p.collection().equals("parties")) {
            List<String> users = new ArrayList<>();
            for (JsonNode v : tree.path("violations")) {
                if (id != null && id.equals(v.path("partyId").asText(null))) {
                    users.add(v.path("id").asText());
                }
            }
            if (!users.isEmpty()) {
                throw new BadInputException("edit.remove.partyInUse", EditFields.label(p.withKey(id)),
                        String.join("、", users));
            }
        }
        if (p.collection().equals("violations")) {
            for (JsonNode e : tree.path("evidence")) {
                JsonNode proves = e.get("proves");
                if (proves != null && proves.isArray()) {
                    Iterator<JsonNode> it = proves.iterator();
                    while (it.hasNext()) {
                        if (it.next().asText().equals(id)) {
                            it.remove();
                        }
                    }
                }
            }
        }
        ArrayNode arr = (ArrayNode) tree.get(p.collection());
        for (int i = 0; i < arr.size(); i++) {
            if (arr.get(i) == item) {
                arr.remove(i);
                break;
            }
        }
    }

    private static void link(ObjectNode tree, Edit.Link l, Applied a) {
        ObjectNode ev = item(tree, new EditPath("evidence", l.evidenceId(), List.of()));
        item(tree, new EditPath("violations", l.violationId(), List.of()));
        String vid = tree.path("violations").findValuesAsText("id").stream()
                .filter(x -> x.equals(l.violationId())).findFirst().orElse(l.violationId());
        JsonNode proves = ev.get("proves");
        ArrayNode list = proves != null && proves.isArray() ? (ArrayNode) proves : ev.putArray("proves");
        boolean has = false;
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).asText().equals(vid)) {
                has = true;
                if (!l.linked()) {
                    list.remove(i);
                }
            }
        }
        if (l.linked() && !has) {
            list.add(vid);
        }
    }

    private static void move(ObjectNode tree, Edit.Move m, Applied a) {
        if (!List.of("documents", "evidence").contains(m.collection())) {
            throw new BadInputException("edit.move.notAllowed", m.collection());
        }
        ObjectNode item = item(tree, new EditPath(m.collection(), m.id(), List.of()));
        ArrayNode arr = (ArrayNode) tree.get(m.collection());
        if (m.to() < 0 || m.to() >= arr.size()) {
            throw new BadInputException("edit.move.position", EditFields.label(new EditPath(m.collection(),
                    item.path("id").asText(), List.of())), m.to() + 1, arr.size());
        }
        for (int i = 0; i < arr.size(); i++) {
            if (arr.get(i) == item) {
                arr.remove(i);
                break;
            }
        }
        arr.insert(m.to(), item);
    }

    private static void replaceFile(ObjectNode tree, Edit.ReplaceFile rf, Vault.Staged s, Applied a) {
        EditPath p = EditPath.parse(rf.path());
        if (!p.field().isEmpty() || !List.of("documents", "evidence").contains(p.collection())) {
            throw new BadInputException("edit.file.notItem", rf.path());
        }
        ObjectNode item = item(tree, p);
        if (s == null) {
            throw new BadInputException("edit.file.missing", String.valueOf(rf.file()));
        }
        EditPath at = canonical(item, p);
        if (s.sha256().equals(item.path("sha256").asText(null))) {
            throw new BadInputException("edit.file.same", EditFields.label(at), rf.file().toString());
        }
        String name = rf.file().getFileName().toString().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (name.isBlank() || name.startsWith(".")) {
            name = "file" + name;
        }
        String file = "files/" + name;
        Set<String> taken = new HashSet<>();
        for (String col : List.of("documents", "evidence")) {
            for (JsonNode n : tree.path(col)) {
                if (n != item && n.hasNonNull("file") && !s.sha256().equals(n.path("sha256").asText())) {
                    taken.add(n.get("file").asText());
                }
            }
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; taken.contains(file); i++) {
            file = "files/" + stem + "-" + i + ext;
        }
        item.put("file", file);
        item.put("sha256", s.sha256());
        a.action = "case.edit";
    }
}
