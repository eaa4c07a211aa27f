package org.jrw.logic.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jrw.i18n.Messages;
import org.jrw.logic.evaluation.Evaluation.Deduction;
import org.jrw.logic.evaluation.Evaluation.Grade;
import org.jrw.logic.evaluation.Evaluation.Item;
import org.jrw.logic.evaluation.Evaluation.Kind;
import org.jrw.model.CaseDocument;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.DocumentType;
import org.jrw.model.Evidence;
import org.jrw.model.EvidenceKind;
import org.jrw.model.Finding;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/**
 * Grades a case file against an {@link EvaluationModel}: veto items first (any hit: 不合格 with
 * the model's veto score), then each scoring item's maximum less its deductions (from the
 * legality checks' findings and from rules on the dossier), never below zero. 优秀 needs the
 * excellent threshold and, when the model says so, no error finding (优秀卷不得有基本要素问题).
 */
public final class Evaluator {
    private final EvaluationModel model;

    public Evaluator() {
        this(EvaluationModel.builtIn());
    }

    public Evaluator(EvaluationModel model) {
        this.model = model;
    }

    public EvaluationModel model() {
        return model;
    }

    public Evaluation evaluate(Dossier d, List<Finding> findings) {
        List<Item> vetoItems = vetoes(d, findings);
        boolean vetoed = vetoItems.stream().anyMatch(Item::hit);

        Map<String, List<Deduction>> byItem = deductions(d, findings);

        List<Item> scoreItems = new ArrayList<>();
        int sum = 0;
        for (EvaluationModel.ItemDef def : model.items()) {
            List<Deduction> ds = byItem.get(def.id());
            int taken = ds.stream().mapToInt(Deduction::points).sum();
            int points = Math.max(0, def.maxPoints() - taken);
            sum += points;
            String reason = ds.isEmpty() ? Messages.get("evaluation.item.clear")
                    : String.join("；", ds.stream().map(x -> x.points() > 0
                            ? Messages.get("evaluation.deduction", x.points(), x.reason())
                            : x.reason()).toList());
            scoreItems.add(new Item(def.id(), Kind.SCORE, def.category(), name("evaluation.item." + def.id(), def.name()),
                    points, def.maxPoints(), !ds.isEmpty(), reason, def.basis(), ds, refs(ds)));
        }

        int score = vetoed ? model.vetoScore() : Math.round(sum * 100f / model.maxScore());
        boolean anyError = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        Grade grade;
        if (vetoed || score < model.passThreshold()) {
            grade = Grade.FAIL;
        } else if (score >= model.excellentThreshold() && !(anyError && model.excellentRequiresNoError())) {
            grade = Grade.EXCELLENT;
        } else {
            grade = Grade.PASS;
        }
        List<Item> all = new ArrayList<>(scoreItems);
        all.addAll(vetoItems);
        return new Evaluation(d.caseId(), d.caseInfo() == null ? null : d.caseInfo().caseNumber(), model.id(), score,
                grade, vetoed, all);
    }

    /** One item per veto of the model: hit by its rule or by one of its findings (not an info). */
    private List<Item> vetoes(Dossier d, List<Finding> findings) {
        List<Item> vetoItems = new ArrayList<>();
        for (EvaluationModel.VetoDef v : model.vetoes()) {
            List<Deduction> causes = new ArrayList<>();
            if (v.rule() != null) {
                causes.addAll(vetoRule(v, d));
            }
            for (Finding f : findings) {
                // an info finding is a remark (e.g. a reduced fine on a recorded 第三十二条 ground), never a veto
                if (v.findings().contains(f.code()) && f.severity() != Severity.INFO) {
                    causes.add(new Deduction(f.code(), 0, f.message(), f.basis(), f.refs()));
                }
            }
            boolean hit = !causes.isEmpty();
            String reason = hit ? String.join("；", causes.stream().map(Deduction::reason).distinct().toList())
                    : Messages.get("evaluation.veto.clear");
            vetoItems.add(new Item(v.id(), Kind.VETO, v.category(), name("evaluation.veto." + v.id(), v.id()), 0, 0, hit,
                    reason, v.basis(), causes, refs(causes)));
        }
        return vetoItems;
    }

    /** The deductions per score item: from the findings (an archive document's own item where given) and the scoring rules, capped. */
    private Map<String, List<Deduction>> deductions(Dossier d, List<Finding> findings) {
        Map<String, List<Deduction>> byItem = new LinkedHashMap<>();
        model.items().forEach(i -> byItem.put(i.id(), new ArrayList<>()));
        for (Finding f : findings) {
            JsonNode rule = model.findingDeductions().get(f.code());
            if (rule == null || f.severity() == Severity.INFO) {
                continue;
            }
            String item = rule.path("item").asText();
            int points = rule.path("points").asInt();
            if (rule.has("archiveDocuments") && mentionsArchiveDocument(f, rule.get("archiveDocuments"))) {
                item = rule.path("archiveItem").asText(item);
                points = rule.path("archivePoints").asInt(points);
            }
            List<Deduction> list = byItem.get(item);
            if (list != null) {
                list.add(new Deduction(f.code(), points, f.message(), f.basis(), f.refs()));
            }
        }
        for (EvaluationModel.RuleDef r : model.rules()) {
            List<Deduction> list = byItem.get(r.item());
            if (list == null) {
                continue;
            }
            List<Deduction> found = scoreRule(r, d);
            int taken = 0;
            for (Deduction x : found) {
                int p = Math.min(x.points(), Math.max(0, r.cap() - taken));
                taken += p;
                list.add(new Deduction(x.code(), p, x.reason(), x.basis(), x.refs()));
            }
        }
        return byItem;
    }

    private static String name(String key, String fallback) {
        String s = Messages.get(key);
        return s.equals(key) ? fallback : s;
    }

    private static List<String> refs(List<Deduction> ds) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        ds.forEach(x -> seen.addAll(x.refs()));
        return List.copyOf(seen);
    }

    private static boolean mentionsArchiveDocument(Finding f, JsonNode types) {
        for (JsonNode t : types) {
            Optional<DocumentType> type = DocumentType.fromCode(t.asText());
            if (type.isPresent() && f.message().contains(type.get().labelZh())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- stage and documents

    /** True when the case has reached a decision (a decision document, or a status past it). */
    static boolean decided(Dossier d) {
        String s = status(d);
        boolean tentative = s.contains("拟") || s.contains("待");
        return !d.documentsOf(DocumentType.PENALTY_DECISION).isEmpty()
                || (!tentative && (s.contains("决定") || s.contains("送达") || s.contains("执行") || s.contains("结案")
                || s.contains("归档")));
    }

    static boolean closed(Dossier d) {
        String s = status(d);
        return !(s.contains("拟") || s.contains("待")) && (s.contains("结案") || s.contains("归档"));
    }

    static String status(Dossier d) {
        return d.caseInfo() == null || d.caseInfo().status() == null ? "" : d.caseInfo().status();
    }

    static Optional<CaseDocument> decision(Dossier d) {
        return d.documentsOf(DocumentType.PENALTY_DECISION).stream()
                .max(Comparator.comparing(CaseDocument::date, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private static Deduction cause(String code, String key, String basis, List<String> refs, Object... args) {
        return new Deduction(code, 0, Messages.get(key, args), basis, refs);
    }

    // ---------------------------------------------------------------- veto rules

    private List<Deduction> vetoRule(EvaluationModel.VetoDef v, Dossier d) {
        return switch (v.rule()) {
            case "enforcementBody" -> enforcementBody(v, d);
            case "officerCertificates" -> officerCertificates(v, d);
            case "partyIdentified" -> partyIdentified(v, d);
            case "legalBasis" -> legalBasis(v, d);
            case "noticeBeforeDecision" -> noticeBeforeDecision(v, d);
            case "filedBeforeDecision" -> filedBeforeDecision(v, d);
            // an unknown rule name in a custom model is ignored rather than failing every file
            default -> List.of();
        };
    }

    /** The deciding agency is named and is an enforcement body of the model's patterns. */
    private List<Deduction> enforcementBody(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        String agency = d.caseInfo() == null ? null : d.caseInfo().agency();
        JsonNode cfg = model.enforcementBody();
        if (agency == null || agency.isBlank()) {
            out.add(cause(v.id(), "evaluation.rule.agencyMissing", basis, List.of()));
        } else {
            boolean ok = false;
            for (JsonNode p : cfg.path("patterns")) {
                ok |= agency.contains(p.asText());
            }
            if (!ok) {
                out.add(cause(v.id(), "evaluation.rule.agencyNotCompetent", basis, List.of(), agency));
            }
        }
        return out;
    }

    /** Every officer has an enforcement certificate, and there is at least one officer. */
    private static List<Deduction> officerCertificates(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        for (Officer o : d.officers()) {
            if (o.certificateNo() == null || o.certificateNo().isBlank()) {
                out.add(cause(v.id(), "evaluation.rule.officerWithoutCertificate", basis, List.of(),
                        o.name() == null ? "?" : o.name()));
            }
        }
        if (d.officers().isEmpty()) {
            out.add(cause(v.id(), "evaluation.rule.noOfficers", basis, List.of()));
        }
        return out;
    }

    /** A violation as the messages name it (第1项违法行为), never by its id. */
    private static String label(Dossier d, Violation v) {
        return org.jrw.logic.checks.ViolationLabels.of(d, v.id());
    }

    /** Each violation's party is named and identified (credit code of a unit, ID number of a person). */
    private static List<Deduction> partyIdentified(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        for (Violation x : d.violations()) {
            Optional<Party> p = x.partyId() == null ? Optional.empty() : d.party(x.partyId());
            if (p.isEmpty() || p.get().name() == null || p.get().name().isBlank()) {
                out.add(cause(v.id(), "evaluation.rule.partyUnknown", basis, List.of(x.id()), label(d, x)));
            } else if (p.get().isUnit() ? blank(p.get().creditCode()) : blank(p.get().idNumber())) {
                out.add(cause(v.id(), "evaluation.rule.partyNoIdentity", basis, List.of(p.get().id()),
                        p.get().name()));
            }
        }
        return out;
    }

    /** A decided case has a violation, and each violation its violated and its penalty provision. */
    private static List<Deduction> legalBasis(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        if (d.violations().isEmpty() && decided(d)) {
            out.add(cause(v.id(), "evaluation.rule.noViolation", basis, List.of()));
        }
        for (Violation x : d.violations()) {
            if (blank(x.violatedProvision())) {
                out.add(cause(v.id(), "evaluation.rule.noViolatedProvision", basis, List.of(x.id()), label(d, x)));
            }
            if (blank(x.penaltyProvision())) {
                out.add(cause(v.id(), "evaluation.rule.noPenaltyProvision", basis, List.of(x.id()), label(d, x)));
            }
        }
        return out;
    }

    /** A decided case was preceded by a penalty notice (dated no later than the decision). */
    private static List<Deduction> noticeBeforeDecision(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        if (decided(d)) {
            Optional<CaseDocument> dec = decision(d);
            LocalDate decDate = dec.map(CaseDocument::date).orElse(null);
            boolean noticed = d.documentsOf(DocumentType.PENALTY_NOTICE).stream()
                    .anyMatch(n -> decDate == null || n.date() == null || !n.date().isAfter(decDate));
            if (!noticed) {
                out.add(cause(v.id(), "evaluation.rule.noNotice", basis,
                        dec.map(x -> List.of(x.id())).orElse(List.of())));
            }
        }
        return out;
    }

    /** A decided case was filed, and not after its decision. */
    private static List<Deduction> filedBeforeDecision(EvaluationModel.VetoDef v, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        String basis = v.basis();
        if (decided(d)) {
            Optional<CaseDocument> dec = decision(d);
            LocalDate filed = d.caseInfo() == null ? null : d.caseInfo().filedOn();
            boolean approval = !d.documentsOf(DocumentType.FILING_APPROVAL).isEmpty();
            LocalDate decDate = dec.map(CaseDocument::date).orElse(null);
            if (filed == null && !approval) {
                out.add(cause(v.id(), "evaluation.rule.notFiled", basis, List.of()));
            } else if (filed != null && decDate != null && decDate.isBefore(filed)) {
                out.add(cause(v.id(), "evaluation.rule.decidedBeforeFiling", basis, List.of(dec.get().id()),
                        decDate.toString(), filed.toString()));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------- scoring rules

    private List<Deduction> scoreRule(EvaluationModel.RuleDef r, Dossier d) {
        List<Deduction> out = new ArrayList<>();
        JsonNode p = r.params();
        switch (r.rule()) {
            case "factsTooBrief" -> {
                int min = p.path("minChars").asInt(20);
                for (Violation v : d.violations()) {
                    if (v.facts() == null || v.facts().strip().length() < min) {
                        out.add(ded(r, "evaluation.rule.factsTooBrief", List.of(v.id()), label(d, v), min));
                    }
                }
            }
            case "singleKindEvidence" -> {
                int min = p.path("minKinds").asInt(2);
                for (Violation v : d.violations()) {
                    List<Evidence> ev = d.evidenceFor(v.id());
                    Set<EvidenceKind> kinds = new HashSet<>();
                    ev.forEach(e -> e.kind().ifPresent(kinds::add));
                    if (!ev.isEmpty() && kinds.size() < min) {
                        out.add(ded(r, "evaluation.rule.singleKindEvidence", List.of(v.id()), label(d, v), kinds.size()));
                    }
                }
            }
            case "noCircumstances" -> {
                for (Violation v : d.violations()) {
                    Circumstances c = v.circumstances() == null ? Circumstances.NONE : v.circumstances();
                    boolean fined = v.proposed() != null && v.proposed().fineYuan() != null && v.proposed().fineYuan() > 0;
                    boolean any = c.firstOffence() != null || c.correctedInTime() != null
                            || c.uncorrectedAfterDeadline() != null || c.harmfulConsequence() != null
                            || (c.mitigating() != null && !c.mitigating().isEmpty())
                            || (c.aggravating() != null && !c.aggravating().isEmpty());
                    if (fined && !any) {
                        out.add(ded(r, "evaluation.rule.noCircumstances", List.of(v.id()), label(d, v)));
                    }
                }
            }
            case "servedWithoutNumber" -> {
                for (CaseDocument doc : d.documents()) {
                    if (doc.type().served() && blank(doc.number())) {
                        out.add(ded(r, "evaluation.rule.servedWithoutNumber", List.of(doc.id()), doc.title()));
                    }
                }
            }
            case "servedWithoutDelivery" -> {
                Set<String> receipted = new HashSet<>();
                for (CaseDocument rc : d.documentsOf(DocumentType.DELIVERY_RECEIPT)) {
                    Object s = rc.states() == null ? null : rc.states().get("servedDocument");
                    if (s != null) {
                        receipted.add(s.toString());
                    }
                }
                for (CaseDocument doc : d.documents()) {
                    if (doc.type().served() && doc.deliveredOn() == null && !receipted.contains(doc.id())) {
                        out.add(ded(r, "evaluation.rule.servedWithoutDelivery", List.of(doc.id()), doc.title()));
                    }
                }
            }
            case "documentWithoutDate" -> {
                for (CaseDocument doc : d.documents()) {
                    if (doc.date() == null && doc.type() != DocumentType.OTHER) {
                        out.add(ded(r, "evaluation.rule.documentWithoutDate", List.of(doc.id()), doc.title()));
                    }
                }
            }
            case "closedWithoutDate" -> {
                if (closed(d)) {
                    boolean dated = d.documentsOf(DocumentType.CLOSING_APPROVAL).stream().anyMatch(x -> x.date() != null)
                            || (d.caseInfo().extra() != null && d.caseInfo().extra().get("closedOn") != null);
                    if (!dated) {
                        out.add(ded(r, "evaluation.rule.closedWithoutDate", List.of()));
                    }
                }
            }
            default -> {
                // unknown rule in a custom model: no deduction
            }
        }
        return out;
    }

    private static Deduction ded(EvaluationModel.RuleDef r, String key, List<String> refs, Object... args) {
        return new Deduction(r.id(), r.points(), Messages.get(key, args), r.basis(), refs);
    }
}
