package org.jrw.logic.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jrw.logic.checks.Check;
import org.jrw.logic.checks.CheckConfig;
import org.jrw.logic.checks.CheckContext;
import org.jrw.logic.checks.LegalityChecker;
import org.jrw.logic.checks.StatutoryRange;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.LawLibrary;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Finding;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * What editing checks on a case, field by field: 统一社会信用代码 and 公民身份号码 check characters
 * ({@link Identifiers}), the procedure's date order (the legality check DATE_ORDER_INVALID),
 * provisions resolved against the law library ({@link CitationResolver}) as of the violation date,
 * and the proposed fine against the statutory range ({@link StatutoryRange}); and, for confirming a
 * draft, the fields a complete case must have. Each problem names its field by path.
 */
public final class EditChecks {
    private final CitationResolver resolver;
    private final PenaltyTable penalties;
    private final CheckConfig config;
    private final Check dateOrder;

    public EditChecks() {
        this(LawLibrary.builtIn(), PenaltyTable.builtIn(), CheckConfig.builtIn());
    }

    public EditChecks(LawLibrary library, PenaltyTable penalties, CheckConfig config) {
        this.resolver = new CitationResolver(library);
        this.penalties = penalties;
        this.config = config;
        this.dateOrder = LegalityChecker.all().stream().filter(c -> c.code().equals("DATE_ORDER_INVALID"))
                .findFirst().orElseThrow();
    }

    public CitationResolver resolver() {
        return resolver;
    }

    /** Every problem of the case's fields (blocking ones refuse an edit that brings them in). */
    public List<FieldProblem> problems(Dossier d) {
        List<FieldProblem> out = new ArrayList<>();
        for (Party p : d.parties()) {
            String at = "parties[" + p.id() + "]";
            String code = p.creditCode();
            if (code != null && !code.isBlank() && !Identifiers.isValidCreditCode(code.strip())) {
                out.add(FieldProblem.error(at + ".creditCode", "edit.creditCode.invalid",
                        label(at + ".creditCode"), code));
            }
            String id = p.idNumber();
            if (id != null && !id.isBlank() && !Identifiers.isValidIdNumber(id.strip().toUpperCase(Locale.ROOT))) {
                out.add(FieldProblem.error(at + ".idNumber", "edit.idNumber.invalid", label(at + ".idNumber"), id));
            }
        }
        LocalDate on = d.caseInfo() == null ? null : d.caseInfo().violationDate();
        for (Violation v : d.violations()) {
            String at = "violations[" + v.id() + "]";
            Resolution violated = provision(out, at + ".violatedProvision", v.violatedProvision(), on, null);
            String context = violated != null && violated.law() != null ? violated.law().title() : null;
            Resolution penalty = provision(out, at + ".penaltyProvision", v.penaltyProvision(), on, context);
            for (String q : org.jrw.logic.checks.TierCondition.quantities(v.circumstances())) {
                org.jrw.logic.checks.TierCondition.quantityProblem(q).ifPresent(bad -> out.add(FieldProblem.error(
                        at + ".circumstances.quantities", "edit.quantity.invalid", bad,
                        String.join("、", org.jrw.logic.checks.TierCondition.FACTS.keySet()))));
            }
            Long fine = v.proposed() == null ? null : v.proposed().fineYuan();
            if (fine != null && fine > 0 && penalty != null && penalty.found()) {
                Optional<StatutoryRange> range = range(d, v, penalty);
                if (range.isPresent()) {
                    String fat = at + ".proposed.fineYuan";
                    if (fine > range.get().maxYuan()) {
                        out.add(FieldProblem.error(fat, "edit.fine.aboveMax", label(fat), fine, range.get().maxYuan(),
                                penalty.label()));
                    } else if (fine < range.get().minYuan() && reducing(v).isEmpty()) {
                        out.add(FieldProblem.error(fat, "edit.fine.belowMin", label(fat), fine, range.get().minYuan(),
                                penalty.label()));
                    }
                }
            }
        }
        for (Finding f : dateOrder.run(new CheckContext(d, resolver, penalties, config, null))) {
            List<String> docs = f.refs().stream().filter(r -> d.document(r).isPresent()).toList();
            if (docs.isEmpty()) {
                out.add(FieldProblem.error("case", "edit.dates.order", org.jrw.i18n.Messages.get("edit.item.caseDates"),
                        f.message()));
            }
            for (String ref : docs) {
                String at = "documents[" + ref + "]";
                out.add(FieldProblem.error(at, "edit.dates.order", label(at), f.message()));
            }
        }
        return out;
    }

    /** The statutory range of a violation's penalty provision for its party and circumstances, if the tables have it. */
    public Optional<StatutoryRange> range(Dossier d, Violation v) {
        LocalDate on = d.caseInfo() == null ? null : d.caseInfo().violationDate();
        Resolution violated = resolver.resolve(v.violatedProvision() == null ? "" : v.violatedProvision(), on, null);
        String context = violated.law() != null ? violated.law().title() : null;
        Resolution r = resolver.resolve(v.penaltyProvision() == null ? "" : v.penaltyProvision(), on, context);
        return r.found() ? range(d, v, r) : Optional.empty();
    }

    private Optional<StatutoryRange> range(Dossier d, Violation v, Resolution penalty) {
        if (penalty.found() && penalty.version().jurisdiction() != null
                && !org.jrw.logic.jurisdiction.Region.parse(penalty.version().jurisdiction()).covers(config.place(d.caseInfo()))) {
            return Optional.empty(); // a local regulation of another place gives no range here (as in check, ADR 0077)
        }
        Party party = v.partyId() == null ? null : d.party(v.partyId()).orElse(null);
        return StatutoryRange.of(penalties, penalty, party,
                v.circumstances() == null ? Circumstances.NONE : v.circumstances(),
                v.proposed() == null ? ProposedPenalty.NONE : v.proposed());
    }

    /** The grounds for 减轻 (below the range, 行政处罚法 第三十二条) recorded in {@code circumstances.reducing}. */
    static List<String> reducing(Violation v) {
        Object r = v.circumstances() == null || v.circumstances().extra() == null ? null
                : v.circumstances().extra().get("reducing");
        if (r instanceof List<?> l) {
            return l.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }

    private Resolution provision(List<FieldProblem> out, String at, String text, LocalDate on, String context) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Resolution r = resolver.resolve(text, on, context);
        switch (r.status()) {
            case UNREADABLE -> out.add(FieldProblem.error(at, "edit.provision.unreadable", label(at), text));
            case ARTICLE_NOT_FOUND, PARAGRAPH_NOT_FOUND, ITEM_NOT_FOUND -> out.add(FieldProblem.error(at,
                    "edit.provision.notFound", label(at), text, r.law() == null ? "" : "《" + r.law().title() + "》",
                    r.version() == null ? "" : r.version().label(), r.citation() == null ? "" : r.citation().label()));
            case NOT_IN_FORCE -> out.add(FieldProblem.note(at, "edit.provision.notInForce", label(at), r.label(),
                    r.version() == null ? "" : r.version().label(), on == null ? "" : on.toString()));
            case LAW_NOT_IN_LIBRARY, VERSION_NOT_IN_LIBRARY -> out.add(FieldProblem.note(at,
                    "edit.provision.unverified", label(at), text));
            default -> { }
        }
        return r;
    }

    /** The status earlier intakes wrote: the draft mark, not a stage of the procedure. */
    public static final String DRAFT_STATUS = "草稿";

    /** The fields a case must have before a draft can be confirmed (empty: complete). */
    public List<FieldProblem> missing(Dossier d) {
        List<FieldProblem> out = new ArrayList<>();
        CaseInfo c = d.caseInfo();
        required(out, "case.caseNumber", c.caseNumber());
        required(out, "case.title", c.title());
        required(out, "case.agency", c.agency());
        required(out, "case.violationDate", c.violationDate());
        required(out, "case.filedOn", c.filedOn());
        // the draft mark is case.draft; the status is the procedural stage and must be one
        if (c.status() == null || c.status().isBlank() || DRAFT_STATUS.equals(c.status().strip())) {
            String status = "case.status";
            out.add(FieldProblem.error(status, "edit.required.status", label(status)));
        }
        if (d.parties().isEmpty()) {
            out.add(FieldProblem.error("parties", "edit.required.parties", label("parties[]")));
        }
        for (Party p : d.parties()) {
            String at = "parties[" + p.id() + "]";
            required(out, at + ".kind", p.kind());
            required(out, at + ".name", p.name());
            if (p.kind() == PartyKind.UNIT) {
                required(out, at + ".creditCode", p.creditCode());
            } else if (p.kind() == PartyKind.PERSON) {
                required(out, at + ".idNumber", p.idNumber());
            }
        }
        long officers = d.officers().stream().filter(o -> present(o.name()) && present(o.certificateNo())).count();
        if (officers < 2) {
            out.add(FieldProblem.error("officers", "edit.required.officers", label("officers[]"), officers));
        }
        for (int i = 0; i < d.officers().size(); i++) {
            Officer o = d.officers().get(i);
            required(out, "officers[" + i + "].name", o.name());
            required(out, "officers[" + i + "].certificateNo", o.certificateNo());
        }
        if (d.violations().isEmpty()) {
            out.add(FieldProblem.error("violations", "edit.required.violations", label("violations[]")));
        }
        for (Violation v : d.violations()) {
            String at = "violations[" + v.id() + "]";
            required(out, at + ".partyId", v.partyId());
            required(out, at + ".facts", v.facts());
            required(out, at + ".violatedProvision", v.violatedProvision());
            required(out, at + ".penaltyProvision", v.penaltyProvision());
        }
        for (CaseDocument doc : d.documents()) {
            String at = "documents[" + doc.id() + "]";
            required(out, at + ".type", doc.typeCode());
            required(out, at + ".date", doc.date());
        }
        for (Evidence e : d.evidence()) {
            required(out, "evidence[" + e.id() + "].type", e.typeText());
        }
        return out;
    }

    private static void required(List<FieldProblem> out, String path, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            out.add(FieldProblem.error(path, "edit.required", label(path)));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** A path's name for people. */
    static String label(String path) {
        if (path.endsWith("[]")) {
            return org.jrw.i18n.Messages.get("edit.list." + path.substring(0, path.length() - 2));
        }
        return EditFields.label(EditPath.parse(path));
    }
}
