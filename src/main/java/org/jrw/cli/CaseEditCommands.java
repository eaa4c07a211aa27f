package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.edit.CaseEditor;
import org.jrw.logic.edit.Edit;
import org.jrw.logic.edit.FieldProblem;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.CaseEditDao;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scripting a case to completion (案件编辑): {@code case set / add / remove / link / move /
 * replace-file / draft / confirm / undo / redo / validate / show / history}. Every change goes
 * through {@link CaseEditor}: validated first, one transaction with its audit entry; bad input
 * exits 2 with every problem named by its field path, and nothing is written.
 */
final class CaseEditCommands {
    private CaseEditCommands() {
    }

    /** The result of an edit as printed: the changes, ids of added items, the draft mark and notes. */
    static Map<String, Object> result(CaseEditor.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseId", r.caseId());
        m.put("caseNumber", r.dossier().caseInfo().caseNumber());
        m.put("edit", r.seq());
        m.put("action", r.action());
        m.put("draft", r.draft());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (CaseEditor.Change c : r.changes()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", c.path());
            x.put("before", c.before());
            x.put("after", c.after());
            changes.add(x);
        }
        m.put("changes", changes);
        if (!r.added().isEmpty()) {
            m.put("added", r.added());
        }
        m.put("notes", problems(r.notes()));
        return m;
    }

    static List<Map<String, Object>> problems(List<FieldProblem> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FieldProblem p : list) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", p.path());
            x.put("message", p.message());
            x.put("blocking", p.blocking());
            out.add(x);
        }
        return out;
    }

    static String human(CaseEditor.Result r) {
        StringBuilder sb = new StringBuilder();
        if (!r.changed()) {
            sb.append(Messages.get("edit.cli.unchanged", r.dossier().caseInfo().caseNumber()));
        } else {
            String key = switch (r.action()) {
                case "case.edit.undo" -> "edit.cli.undone.done";
                case "case.edit.redo" -> "edit.cli.redone.done";
                default -> "edit.cli.saved";
            };
            sb.append(Messages.get(key, r.dossier().caseInfo().caseNumber(), r.changes().size(), r.seq()));
            for (CaseEditor.Change c : r.changes()) {
                sb.append("\n  ").append(c.path()).append(Messages.colon()).append(show(c.before())).append(" → ")
                        .append(show(c.after()));
            }
        }
        r.added().forEach((path, id) -> sb.append('\n').append(Messages.get("edit.cli.added", path)));
        for (FieldProblem p : r.notes()) {
            sb.append('\n').append(Messages.get("edit.cli.note", p.toString()));
        }
        if (r.draft()) {
            sb.append('\n').append(Messages.get("edit.cli.isDraft"));
        }
        return sb.toString();
    }

    private static String show(Object v) {
        if (v == null) {
            return "—";
        }
        String s = v instanceof String str ? str : Json.write(v);
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }

    /** {@code FIELD=VALUE} → the field and the value (split at the first '='). */
    static Map.Entry<String, String> assignment(String arg) {
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            throw new BadInputException("edit.cli.assignment", arg);
        }
        return Map.entry(arg.substring(0, eq).strip(), arg.substring(eq + 1));
    }

    /** A command that makes one edit and prints its result. */
    abstract static class EditCommand extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        abstract CaseEditor.Result edit(CaseEditor editor);

        @Override
        protected Integer run(Workspace ws) {
            CaseEditor.Result r = edit(new CaseEditor(ws));
            print(result(r), human(r));
            return 0;
        }
    }

    @Command(name = "set", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Set extends EditCommand {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FIELD=VALUE", descriptionKey = "edit.cli.set.values")
        List<String> values;

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            List<Edit> edits = new ArrayList<>();
            for (String v : values) {
                Map.Entry<String, String> a = assignment(v);
                edits.add(new Edit.Set(a.getKey(), a.getValue()));
            }
            return editor.apply(caseRef, edits);
        }
    }

    @Command(name = "add", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Add extends EditCommand {
        @Parameters(index = "1", paramLabel = "WHAT", descriptionKey = "edit.cli.add.what")
        String what;

        @Parameters(index = "2..*", arity = "0..*", paramLabel = "FIELD=VALUE", descriptionKey = "edit.cli.add.values")
        List<String> values = new ArrayList<>();

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            String collection = switch (what.strip()) {
                case "party", "parties", "当事人" -> "parties";
                case "officer", "officers", "执法人员" -> "officers";
                case "violation", "violations", "违法行为" -> "violations";
                default -> throw new BadInputException("edit.add.notAllowed", what);
            };
            Map<String, String> fields = new LinkedHashMap<>();
            for (String v : values) {
                Map.Entry<String, String> a = assignment(v);
                fields.put(a.getKey(), a.getValue());
            }
            return editor.apply(caseRef, List.of(new Edit.Add(collection, fields)));
        }
    }

    @Command(name = "remove", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Remove extends EditCommand {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEM", descriptionKey = "edit.cli.remove.items")
        List<String> items;

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.apply(caseRef, items.stream().<Edit>map(Edit.Remove::new).toList());
        }
    }

    @Command(name = "link", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Link extends EditCommand {
        @Option(names = "--evidence", required = true, paramLabel = "ID", descriptionKey = "edit.cli.link.evidence")
        String evidence;

        @Option(names = "--violation", required = true, paramLabel = "ID", descriptionKey = "edit.cli.link.violation")
        String violation;

        @Option(names = "--unlink", descriptionKey = "edit.cli.link.unlink")
        boolean unlink;

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.apply(caseRef, List.of(new Edit.Link(evidence, violation, !unlink)));
        }
    }

    /** Exactly one of --document ID and --evidence ID. */
    static final class Item {
        @Option(names = "--document", required = true, paramLabel = "ID", descriptionKey = "edit.cli.item.document")
        String document;

        @Option(names = "--evidence", required = true, paramLabel = "ID", descriptionKey = "edit.cli.item.evidence")
        String evidence;

        String collection() {
            return document != null ? "documents" : "evidence";
        }

        String id() {
            return document != null ? document : evidence;
        }
    }

    @Command(name = "move", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Move extends EditCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Item item;

        @Option(names = "--to", required = true, paramLabel = "N", descriptionKey = "edit.cli.move.to")
        int to;

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.apply(caseRef, List.of(new Edit.Move(item.collection(), item.id(), to - 1)));
        }
    }

    @Command(name = "replace-file", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class ReplaceFile extends EditCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Item item;

        @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "edit.cli.replace.file")
        Path file;

        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.apply(caseRef, List.of(new Edit.ReplaceFile(item.collection() + "[" + item.id() + "]",
                    file)));
        }
    }

    @Command(name = "draft", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Draft extends EditCommand {
        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.markDraft(caseRef);
        }
    }

    @Command(name = "confirm", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Confirm extends EditCommand {
        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.confirm(caseRef);
        }
    }

    @Command(name = "undo", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Undo extends EditCommand {
        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.undo(caseRef);
        }
    }

    @Command(name = "redo", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Redo extends EditCommand {
        @Override
        CaseEditor.Result edit(CaseEditor editor) {
            return editor.redo(caseRef);
        }
    }

    @Command(name = "validate", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Validate extends ReadingCommand {
        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            Dossier d = new DossierService(ws).load(caseRef);
            CaseEditor editor = new CaseEditor(ws);
            List<FieldProblem> problems = editor.checks().problems(d);
            List<FieldProblem> missing = editor.checks().missing(d);
            boolean confirmable = missing.isEmpty() && problems.stream().noneMatch(FieldProblem::blocking);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", d.caseId());
            m.put("caseNumber", d.caseInfo().caseNumber());
            m.put("draft", d.caseInfo().draft());
            m.put("confirmable", confirmable);
            m.put("problems", problems(problems));
            m.put("missing", missing.stream().map(FieldProblem::path).toList());
            StringBuilder sb = new StringBuilder(Messages.get(confirmable ? "edit.cli.valid" : "edit.cli.invalid",
                    d.caseInfo().caseNumber(), problems.size() + missing.size()));
            for (FieldProblem p : problems) {
                sb.append("\n  - ").append(p);
            }
            for (FieldProblem p : missing) {
                sb.append("\n  - ").append(p);
            }
            print(m, sb.toString());
            return 0;
        }
    }

    @Command(name = "show", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class Show extends ReadingCommand {
        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            Dossier d = new DossierService(ws).load(caseRef);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("caseId", d.caseId());
            m.put("manifest", DossierCodec.write(d));
            print(m, Json.pretty(DossierCodec.write(d)));
            return 0;
        }
    }

    @Command(name = "history", resourceBundle = "i18n.edit", mixinStandardHelpOptions = true)
    static final class History extends ReadingCommand {
        @Parameters(index = "0", paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            CaseEditor.History h = new CaseEditor(ws).history(caseRef);
            List<Map<String, Object>> edits = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            for (CaseEditDao.EditRow e : h.edits()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("edit", e.seq());
                x.put("at", e.at());
                x.put("actor", e.actor());
                x.put("action", e.action());
                x.put("undone", e.undone());
                x.put("changes", Json.toJava(parse(e.changes())));
                edits.add(x);
                sb.append(e.seq()).append('\t').append(org.jrw.model.Timestamps.local(e.at(), "yyyy-MM-dd HH:mm")).append('\t')
                        .append(e.actor()).append('\t').append(e.action())
                        .append(e.undone() ? "\t" + Messages.get("edit.cli.undone") : "").append('\n');
            }
            List<Map<String, Object>> files = new ArrayList<>();
            for (CaseEditDao.FileVersion f : h.files()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("item", f.itemType().equals("document") ? "documents[" + f.itemId() + "]"
                        : "evidence[" + f.itemId() + "]");
                x.put("file", f.file());
                x.put("sha256", f.sha256());
                x.put("replacedBy", f.replacedBySha256());
                x.put("replacedAt", f.replacedAt());
                x.put("replacedByActor", f.replacedBy());
                files.add(x);
                sb.append(Messages.get("edit.cli.fileVersion", x.get("item"), f.file(), f.sha256(),
                        org.jrw.model.Timestamps.local(f.replacedAt(), "yyyy-MM-dd HH:mm"), f.replacedBy())).append('\n');
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("edits", edits);
            m.put("files", files);
            print(m, sb.length() == 0 ? Messages.get("edit.cli.noHistory") : sb.toString().stripTrailing());
            return 0;
        }

        private static com.fasterxml.jackson.databind.JsonNode parse(String s) {
            try {
                return Json.parse(s);
            } catch (java.io.IOException e) {
                // not JSON: no entries
                return Json.array();
            }
        }
    }
}
