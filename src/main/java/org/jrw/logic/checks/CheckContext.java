package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.i18n.Messages;
import org.jrw.logic.law.CitationResolver;
import org.jrw.logic.law.PenaltyTable;
import org.jrw.logic.law.Resolution;
import org.jrw.model.CaseDocument;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Party;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * What every check sees: the dossier, the law library (through the resolver), the penalty table,
 * the configuration and, when there are files to verify, a {@link FileVerifier}. Resolutions of the
 * violations' citations are computed once and shared.
 */
public final class CheckContext {
    private final Dossier dossier;
    private final CitationResolver resolver;
    private final PenaltyTable penalties;
    private final CheckConfig config;
    private final FileVerifier files;
    private final JsonNode thresholds;
    private final org.jrw.logic.jurisdiction.Region place;
    private final LocalDate day;
    private final Map<String, Resolution> resolutions = new HashMap<>();
    private final java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();

    public CheckContext(Dossier dossier, CitationResolver resolver, PenaltyTable penalties, CheckConfig config,
                        FileVerifier files) {
        this.dossier = dossier;
        this.resolver = resolver;
        this.penalties = penalties;
        this.config = config;
        this.files = files;
        this.place = config.place(dossier.caseInfo());
        this.day = relevantDay(dossier);
        this.thresholds = config.thresholdsFor(place, day);
    }

    /**
     * The day whose rules apply to the case's procedure and discretion: the decision's date, else
     * today (a case under review is decided under the rules in force now).
     */
    public static LocalDate relevantDay(Dossier d) {
        LocalDate best = null;
        for (CaseDocument doc : d.documentsOf(DocumentType.PENALTY_DECISION)) {
            if (doc.date() != null && (best == null || doc.date().isAfter(best))) {
                best = doc.date();
            }
        }
        return best != null ? best : LocalDate.now();
    }

    /** Where the case's agency sits (its agency and district, completed by the workspace's jurisdiction). */
    public org.jrw.logic.jurisdiction.Region place() {
        return place;
    }

    /** The day whose rules apply ({@link #relevantDay}). */
    public LocalDate day() {
        return day;
    }

    /** The thresholds in force at the case's place on another day (a procedural step's own day). */
    public JsonNode thresholdsOn(LocalDate other) {
        return other == null || other.equals(day) ? thresholds : config.thresholdsFor(place, other);
    }

    /**
     * Records a note for the user that is not a finding: a rule source this case would need is not
     * configured for its place and day (e.g. 本地裁量基准未配置), with how to import it.
     */
    public void note(String key, Object... args) {
        notes.add(Messages.get(key, args));
    }

    /** The notes recorded by the checks, in order, without repeats. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    public Dossier dossier() {
        return dossier;
    }

    public CitationResolver resolver() {
        return resolver;
    }

    public PenaltyTable penalties() {
        return penalties;
    }

    public CheckConfig config() {
        return config;
    }

    public Optional<FileVerifier> files() {
        return Optional.ofNullable(files);
    }

    /** The thresholds for this case: national, overridden by imported sources covering its place, on {@link #day}. */
    public JsonNode thresholds() {
        return thresholds;
    }

    public int days(String key) {
        return thresholds.path(key).path("value").asInt();
    }

    public String basis(String key) {
        return thresholds.path(key).path("basis").asText("");
    }

    /** Whether a period of the thresholds counts working days ({@code "unit": "工作日"}) or calendar days ({@code "日"}). */
    public boolean inWorkingDays(String key) {
        String unit = thresholds.path(key).path("unit").asText("日");
        return unit.equals("工作日") || unit.equalsIgnoreCase("workingDays");
    }

    /** The period {@code key} of the thresholds that starts the day after {@code from}, in its unit. */
    public WorkingDays.Period period(String key, LocalDate from) {
        return config.calendar().end(from, days(key), inWorkingDays(key));
    }

    /** The period a threshold entry sets (value and unit), starting the day after {@code from}. */
    public WorkingDays.Period period(JsonNode rule, LocalDate from) {
        String unit = rule.path("unit").asText("日");
        return config.calendar().end(from, rule.path("value").asInt(),
                unit.equals("工作日") || unit.equalsIgnoreCase("workingDays"));
    }

    /** The basis of a threshold entry's period, with the calendar's source for working days. */
    public String periodBasis(JsonNode rule, WorkingDays.Period p) {
        String b = rule.path("basis").asText("");
        return p.workingDays() ? b + "；" + config.calendar().basis() : b;
    }

    /** The period's length in words: 3日, 5个工作日 (3 days, 5 working days). */
    public static String label(WorkingDays.Period p) {
        return Messages.get(p.workingDays() ? "checks.period.workingDays" : "checks.period.days", p.value());
    }

    /** For a finding's message: the years counted Monday to Friday for want of a holiday notice, else "". */
    public static String note(WorkingDays.Period p) {
        if (p.uncoveredYears().isEmpty()) {
            return "";
        }
        return Messages.get("checks.period.uncovered",
                String.join("、", p.uncoveredYears().stream().map(String::valueOf).toList()));
    }

    /** The basis of a period: its threshold's basis, and for working days 第八十五条 and the calendar's source. */
    public String periodBasis(String key, WorkingDays.Period p) {
        String b = basis(key);
        return p.workingDays() ? b + "；" + config.calendar().basis() : b;
    }

    public LocalDate violationDate() {
        return dossier.caseInfo() == null ? null : dossier.caseInfo().violationDate();
    }

    /**
     * The day whose law governs the act: the violation date; for a continuing or repeated act
     * (继续或者连续状态) the day it ended — or, still going on, the day it was discovered — since the
     * act is committed until then and the law in force at its end applies to it.
     */
    public LocalDate actDate(Violation v) {
        if (v != null && v.continuing()) {
            if (v.endedOn() != null) {
                return v.endedOn();
            }
            var info = dossier.caseInfo();
            LocalDate discovered = info == null ? null : info.discoveredOn() != null ? info.discoveredOn() : filedOn();
            if (discovered != null) {
                return discovered;
            }
        }
        return violationDate();
    }

    /** The violated provision, resolved as of the act's date ({@link #actDate}). */
    public Resolution violated(Violation v) {
        return resolutions.computeIfAbsent("V:" + v.id(), k -> resolver.resolve(
                v.violatedProvision() == null ? "" : v.violatedProvision(), actDate(v), null));
    }

    /** The penalty provision as of the act's date; a citation naming no law takes the violated provision's law. */
    public Resolution penalty(Violation v) {
        Resolution vr = violated(v); // first: computeIfAbsent must not nest on the same map
        String context = vr.law() != null ? vr.law().title() : null;
        return resolutions.computeIfAbsent("P:" + v.id(), k -> resolver.resolve(
                v.penaltyProvision() == null ? "" : v.penaltyProvision(), actDate(v), context));
    }

    public Optional<Party> party(Violation v) {
        return v.partyId() == null ? Optional.empty() : dossier.party(v.partyId());
    }

    public static Circumstances circumstances(Violation v) {
        return v.circumstances() == null ? Circumstances.NONE : v.circumstances();
    }

    public static ProposedPenalty proposed(Violation v) {
        return v.proposed() == null ? ProposedPenalty.NONE : v.proposed();
    }

    /** The latest document of a type (by date), if any. */
    public Optional<CaseDocument> last(DocumentType type) {
        CaseDocument best = null;
        for (CaseDocument d : dossier.documentsOf(type)) {
            if (best == null || (d.date() != null && (best.date() == null || !d.date().isBefore(best.date())))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** When a served document reached the party: its deliveredOn, else the date of a delivery receipt for it. */
    public LocalDate servedOn(CaseDocument d) {
        if (d.deliveredOn() != null) {
            return d.deliveredOn();
        }
        for (CaseDocument r : dossier.documentsOf(DocumentType.DELIVERY_RECEIPT)) {
            Object served = r.states() == null ? null : r.states().get("servedDocument");
            if (d.id().equals(served) && r.date() != null) {
                return r.date();
            }
        }
        return null;
    }

    /** The filing date: the case's filedOn, else the filing approval's date. */
    public LocalDate filedOn() {
        if (dossier.caseInfo() != null && dossier.caseInfo().filedOn() != null) {
            return dossier.caseInfo().filedOn();
        }
        return dossier.firstOf(DocumentType.FILING_APPROVAL).map(CaseDocument::date).orElse(null);
    }

    /** The total proposed fine of a party's violations. */
    public long proposedFine(String partyId) {
        long sum = 0;
        for (Violation v : dossier.violations()) {
            Long f = proposed(v).fineYuan();
            if (f != null && partyId != null && partyId.equals(v.partyId())) {
                sum += f;
            }
        }
        return sum;
    }

    public String status() {
        return dossier.caseInfo() == null || dossier.caseInfo().status() == null ? "" : dossier.caseInfo().status();
    }

    static boolean hasAny(String text, List<String> words) {
        if (text == null) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
