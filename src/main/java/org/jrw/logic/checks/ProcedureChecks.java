package org.jrw.logic.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.model.CaseDocument;
import org.jrw.model.DocumentType;
import org.jrw.model.Finding;
import org.jrw.model.Party;
import org.jrw.model.Severity;
import org.jrw.model.Violation;

/** Checks of the procedure (怎么罚) and of the documents (文书). */
final class ProcedureChecks {
    private ProcedureChecks() {
    }

    /** The stage a case has reached: filed, decided, closed. */
    enum Stage { FILED, DECIDED, CLOSED }

    static Stage stage(CheckContext ctx) {
        String s = ctx.status();
        boolean tentative = s.contains("拟") || s.contains("待");
        if (!tentative && (s.contains("结案") || s.contains("归档"))) {
            return Stage.CLOSED;
        }
        if (!ctx.dossier().documentsOf(DocumentType.PENALTY_DECISION).isEmpty()
                || (!tentative && (s.contains("决定") || s.contains("送达") || s.contains("执行")))) {
            return Stage.DECIDED;
        }
        return Stage.FILED;
    }

    static boolean truthy(Map<String, Object> states, String key) {
        return states != null && Boolean.TRUE.equals(states.get(key));
    }

    /** REQUIRED_DOCUMENT_MISSING: a document the case's stage requires is absent. */
    static final class RequiredDocuments implements Check {
        @Override
        public String code() {
            return "REQUIRED_DOCUMENT_MISSING";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            if (ctx.status().strip().equals("草稿")) {
                // 草稿 is the draft mark an earlier intake wrote in place of a status: no stage is known
                return List.of();
            }
            JsonNode req = ctx.thresholds().path("requiredDocuments");
            Stage stage = stage(ctx);
            JsonNode list = switch (stage) {
                case CLOSED -> req.path("closed");
                case DECIDED -> req.path("decided");
                default -> req.path("filed");
            };
            List<Finding> out = new ArrayList<>();
            for (JsonNode t : list) {
                DocumentType type = DocumentType.fromCode(t.asText()).orElse(null);
                if (type != null && ctx.dossier().documentsOf(type).isEmpty()) {
                    JsonNode about = req.path("documents").path(type.name());
                    out.add(Findings.of(code(), Severity.ERROR, about.path("category").asText(Findings.DOCUMENTS),
                            "checks.REQUIRED_DOCUMENT_MISSING", about.path("basis").asText(""), List.of(),
                            type.labelZh(), ctx.status()));
                }
            }
            if (stage == Stage.CLOSED) {
                long fines = ctx.dossier().violations().stream()
                        .map(v -> CheckContext.proposed(v).fineYuan()).filter(f -> f != null).mapToLong(Long::longValue).sum();
                if (fines > 0) {
                    for (JsonNode alternatives : req.path("closedWithFine")) {
                        boolean any = false;
                        List<String> names = new ArrayList<>();
                        for (JsonNode t : alternatives) {
                            DocumentType type = DocumentType.fromCode(t.asText()).orElse(null);
                            if (type != null) {
                                names.add(type.labelZh());
                                any |= !ctx.dossier().documentsOf(type).isEmpty();
                            }
                        }
                        if (!any) {
                            JsonNode about = req.path("documents").path(alternatives.path(0).asText());
                            out.add(Findings.of(code(), Severity.ERROR, about.path("category").asText(Findings.DOCUMENTS),
                                    "checks.REQUIRED_DOCUMENT_MISSING", about.path("basis").asText(""), List.of(),
                                    String.join("或", names), ctx.status()));
                        }
                    }
                }
            }
            return out;
        }
    }

    /** DATE_ORDER_INVALID: dates contradict the procedure's order. */
    static final class DateOrder implements Check {
        @Override
        public String code() {
            return "DATE_ORDER_INVALID";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            var info = ctx.dossier().caseInfo();
            LocalDate violated = info == null ? null : info.violationDate();
            LocalDate discovered = info == null ? null : info.discoveredOn();
            LocalDate filed = ctx.filedOn();
            before(out, "checks.date.violation", violated, "checks.date.discovered", discovered, List.of());
            before(out, "checks.date.discovered", discovered, "checks.date.filed", filed, List.of());
            for (org.jrw.model.Violation v : ctx.dossier().violations()) {
                // a continuing act cannot end before it began
                if (v.endedOn() != null && violated != null && v.endedOn().isBefore(violated)) {
                    out.add(finding(label("checks.date.ended"), v.endedOn(), label("checks.date.violation"), violated,
                            List.of(v.id())));
                }
            }
            Optional<CaseDocument> decision = ctx.last(DocumentType.PENALTY_DECISION);
            Optional<CaseDocument> notice = ctx.dossier().firstOf(DocumentType.PENALTY_NOTICE);
            for (CaseDocument d : ctx.dossier().documents()) {
                if (d.date() != null && d.deliveredOn() != null && d.deliveredOn().isBefore(d.date())) {
                    out.add(finding(d.title() + "（送达）", d.deliveredOn(), d.title(), d.date(), List.of(d.id())));
                }
            }
            if (filed != null) {
                for (DocumentType t : List.of(DocumentType.INVESTIGATION_REPORT, DocumentType.PENALTY_NOTICE,
                        DocumentType.HEARING_RIGHTS_NOTICE, DocumentType.PENALTY_DECISION)) {
                    for (CaseDocument d : ctx.dossier().documentsOf(t)) {
                        if (d.date() != null && d.date().isBefore(filed)) {
                            out.add(finding(d.title(), d.date(), label("checks.date.filed"), filed, List.of(d.id())));
                        }
                    }
                }
            }
            if (decision.isPresent() && decision.get().date() != null) {
                CaseDocument dec = decision.get();
                for (DocumentType t : List.of(DocumentType.INVESTIGATION_REPORT, DocumentType.LEGAL_REVIEW,
                        DocumentType.COLLECTIVE_DISCUSSION, DocumentType.PENALTY_NOTICE, DocumentType.HEARING_RIGHTS_NOTICE,
                        DocumentType.STATEMENT_RECORD, DocumentType.HEARING_RECORD, DocumentType.HEARING_REPORT)) {
                    for (CaseDocument d : ctx.dossier().documentsOf(t)) {
                        if (d.date() != null && d.date().isAfter(dec.date())) {
                            out.add(finding(dec.title(), dec.date(), d.title(), d.date(), List.of(dec.id(), d.id())));
                        }
                    }
                }
                for (DocumentType t : List.of(DocumentType.PAYMENT_RECEIPT, DocumentType.ENFORCEMENT_APPLICATION,
                        DocumentType.INSTALLMENT_APPROVAL)) {
                    for (CaseDocument d : ctx.dossier().documentsOf(t)) {
                        if (d.date() != null && d.date().isBefore(dec.date())) {
                            out.add(finding(d.title(), d.date(), dec.title(), dec.date(), List.of(d.id(), dec.id())));
                        }
                    }
                }
            }
            if (notice.isPresent() && notice.get().date() != null) {
                CaseDocument n = notice.get();
                for (DocumentType t : List.of(DocumentType.STATEMENT_RECORD, DocumentType.HEARING_NOTICE,
                        DocumentType.HEARING_RECORD)) {
                    for (CaseDocument d : ctx.dossier().documentsOf(t)) {
                        if (d.date() != null && d.date().isBefore(n.date())) {
                            out.add(finding(d.title(), d.date(), n.title(), n.date(), List.of(d.id(), n.id())));
                        }
                    }
                }
            }
            for (CaseDocument closing : ctx.dossier().documentsOf(DocumentType.CLOSING_APPROVAL)) {
                if (closing.date() == null) {
                    continue;
                }
                for (CaseDocument d : ctx.dossier().documents()) {
                    if (d.type() != DocumentType.CLOSING_APPROVAL && d.type() != DocumentType.OTHER && d.date() != null
                            && d.date().isAfter(closing.date())) {
                        out.add(finding(closing.title(), closing.date(), d.title(), d.date(), List.of(closing.id(), d.id())));
                    }
                }
            }
            return out;
        }

        private void before(List<Finding> out, String earlierKey, LocalDate earlier, String laterKey, LocalDate later,
                            List<String> refs) {
            if (earlier != null && later != null && later.isBefore(earlier)) {
                out.add(finding(label(laterKey), later, label(earlierKey), earlier, refs));
            }
        }

        private static String label(String key) {
            return org.jrw.i18n.Messages.get(key);
        }

        /** {@code what} on {@code whatDate} comes before {@code other} on {@code otherDate}, which must precede it. */
        private Finding finding(String what, LocalDate whatDate, String other, LocalDate otherDate, List<String> refs) {
            return Findings.of(code(), Severity.ERROR, Findings.PROCEDURE, "checks.DATE_ORDER_INVALID",
                    Findings.PENALTY_LAW + "第五章第三节（普通程序）", refs, what, whatDate.toString(), other,
                    otherDate.toString());
        }
    }

    /**
     * STATEMENT_PERIOD_TOO_SHORT: decided before the statement (or hearing request) period after service had run out.
     * Periods start the day after service and end on their last day, in calendar or working days as the
     * thresholds say (a decision on the last day is too early).
     */
    static final class StatementPeriod extends DecidedCheck {
        StatementPeriod() {
            super("STATEMENT_PERIOD_TOO_SHORT");
        }

        @Override
        List<Finding> run(CheckContext ctx, CaseDocument decision, LocalDate decided) {
            List<Finding> out = new ArrayList<>();
            Optional<CaseDocument> notice = ctx.last(DocumentType.PENALTY_NOTICE);
            if (notice.isPresent() && !truthy(notice.get().states(), "statementWaived")) {
                LocalDate served = ctx.servedOn(notice.get());
                if (served == null) {
                    served = notice.get().date();
                }
                JsonNode rule = served == null ? null : ctx.thresholdsOn(served).path("statementPeriodDays");
                if (rule != null && !rule.has("value")) {
                    // no rule in force at the case's place on the day of service sets the period
                    ctx.note("checks.note.statementPeriod", ctx.place().label(), served.toString());
                } else if (served != null) {
                    WorkingDays.Period p = ctx.period(rule, served);
                    if (!decided.isAfter(p.end())) {
                        out.add(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE,
                                "checks.STATEMENT_PERIOD_TOO_SHORT", ctx.periodBasis(rule, p),
                                List.of(notice.get().id(), decision.id()), served.toString(),
                                CheckContext.label(p), decided.toString(), p.end().toString(), CheckContext.note(p)));
                    }
                }
            }
            Optional<CaseDocument> hearing = ctx.last(DocumentType.HEARING_RIGHTS_NOTICE);
            if (hearing.isPresent() && ctx.dossier().documentsOf(DocumentType.HEARING_RECORD).isEmpty()
                    && !truthy(hearing.get().states(), "hearingWaived")) {
                LocalDate served = ctx.servedOn(hearing.get());
                if (served == null) {
                    served = hearing.get().date();
                }
                if (served != null) {
                    WorkingDays.Period p = ctx.period("hearingRequestDays", served);
                    if (!decided.isAfter(p.end())) {
                        out.add(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE,
                                "checks.STATEMENT_PERIOD_TOO_SHORT.hearing", ctx.periodBasis("hearingRequestDays", p),
                                List.of(hearing.get().id(), decision.id()), served.toString(),
                                CheckContext.label(p), decided.toString(), p.end().toString(), CheckContext.note(p)));
                    }
                }
            }
            return out;
        }
    }

    /** HEARING_RIGHT_NOT_NOTIFIED: a fine at or above the hearing threshold (or another 第六十三条 sanction) with no hearing-rights notice. */
    static final class HearingRight implements Check {
        @Override
        public String code() {
            return "HEARING_RIGHT_NOT_NOTIFIED";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            var d = ctx.dossier();
            boolean reached = !d.documentsOf(DocumentType.PENALTY_NOTICE).isEmpty()
                    || !d.documentsOf(DocumentType.PENALTY_DECISION).isEmpty() || stage(ctx) != Stage.FILED;
            if (!reached || notified(ctx)) {
                return List.of();
            }
            JsonNode t = ctx.thresholds().path("hearingThreshold");
            JsonNode s63 = ctx.thresholds().path("hearingSanctions");
            List<String> sanctions = CheckConfig.strings(s63.path("alsoFor"));
            List<Finding> out = new ArrayList<>();
            for (Party p : d.parties()) {
                List<Violation> vs = d.violations().stream().filter(v -> p.id().equals(v.partyId())).toList();
                if (vs.isEmpty()) {
                    continue;
                }
                long fine = ctx.proposedFine(p.id());
                if (d.parties().stream().filter(x -> d.violations().stream().anyMatch(v -> x.id().equals(v.partyId())))
                        .count() == 1) {
                    for (DocumentType dt : List.of(DocumentType.PENALTY_NOTICE, DocumentType.PENALTY_DECISION)) {
                        for (CaseDocument doc : d.documentsOf(dt)) {
                            Long stated = doc.statedLong("fineYuan");
                            if (stated != null) {
                                fine = Math.max(fine, stated);
                            }
                        }
                    }
                }
                long threshold = p.isUnit() ? t.path("unitYuan").asLong() : t.path("personYuan").asLong();
                if (threshold <= 0 && fine > 0) {
                    ctx.note("checks.note.hearingThreshold", ctx.place().label(), ctx.day().toString());
                }
                String heavy = null;
                for (Violation v : vs) {
                    for (String o : CheckContext.proposed(v).other() == null ? List.<String>of() : CheckContext.proposed(v).other()) {
                        if (CheckContext.hasAny(o, sanctions)) {
                            heavy = o;
                        }
                    }
                }
                List<String> refs = new ArrayList<>(vs.stream().map(Violation::id).toList());
                refs.add(p.id());
                if (fine >= threshold && threshold > 0) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE, "checks.HEARING_RIGHT_NOT_NOTIFIED",
                            t.path("basis").asText(Findings.PENALTY_LAW + "第六十三条第一款第（一）项"), refs, Findings.party(p), fine,
                            threshold));
                } else if (heavy != null) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE,
                            "checks.HEARING_RIGHT_NOT_NOTIFIED.sanction", s63.path("basis").asText(), refs, Findings.party(p), heavy));
                }
            }
            return out;
        }

        private static boolean notified(CheckContext ctx) {
            if (!ctx.dossier().documentsOf(DocumentType.HEARING_RIGHTS_NOTICE).isEmpty()) {
                return true;
            }
            for (CaseDocument d : ctx.dossier().documents()) {
                if (truthy(d.states(), "hearingRightsNotified") || (d.title() != null && d.title().contains("听证告知"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** DECISION_OVERDUE: decided later than 90 days after filing with no approved extension (第六十条). */
    static final class DecisionOverdue implements Check {
        @Override
        public String code() {
            return "DECISION_OVERDUE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            Optional<CaseDocument> decision = ctx.dossier().firstOf(DocumentType.PENALTY_DECISION);
            LocalDate filed = ctx.filedOn();
            if (decision.isEmpty() || decision.get().date() == null || filed == null
                    || !ctx.thresholds().path("decisionPeriodDays").has("value")) {
                return List.of();
            }
            WorkingDays.Period period = ctx.period("decisionPeriodDays", filed);
            LocalDate deadline = period.end();
            LocalDate extended = extendedTo(ctx);
            if (extended != null && extended.isAfter(deadline)) {
                deadline = extended;
            } else if (extended == null && extensionApproved(ctx)) {
                return List.of();
            }
            if (!decision.get().date().isAfter(deadline)) {
                return List.of();
            }
            return List.of(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE, "checks.DECISION_OVERDUE",
                    ctx.periodBasis("decisionPeriodDays", period), List.of(decision.get().id()), filed.toString(),
                    decision.get().date().toString(), CheckContext.label(period), CheckContext.note(period)));
        }

        private static boolean extensionApproved(CheckContext ctx) {
            var info = ctx.dossier().caseInfo();
            if (info != null && info.extra() != null && Boolean.TRUE.equals(info.extra().get("extensionApproved"))) {
                return true;
            }
            for (CaseDocument d : ctx.dossier().documents()) {
                if (d.type() == DocumentType.INSTALLMENT_APPROVAL) {
                    continue;
                }
                if (truthy(d.states(), "extensionApproved")) {
                    return true;
                }
                String t = d.title() == null ? "" : d.title();
                if (t.contains("延长") && (t.contains("期限") || t.contains("办案") || t.contains("办理"))) {
                    return true;
                }
            }
            return false;
        }

        private static LocalDate extendedTo(CheckContext ctx) {
            var info = ctx.dossier().caseInfo();
            Object v = info == null || info.extra() == null ? null : info.extra().get("extendedTo");
            for (CaseDocument d : ctx.dossier().documents()) {
                if (v == null && d.states() != null && d.states().get("extendedTo") != null) {
                    v = d.states().get("extendedTo");
                }
            }
            try {
                return v == null ? null : LocalDate.parse(v.toString());
            } catch (java.time.format.DateTimeParseException e) {
                // not an ISO date: no date (the check says the date is missing)
                return null;
            }
        }
    }

    /** DELIVERY_LATE: the decision was served later than seven (working) days after it was made (第六十一条、第八十五条). */
    static final class DeliveryLate implements Check {
        @Override
        public String code() {
            return "DELIVERY_LATE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            List<Finding> out = new ArrayList<>();
            for (CaseDocument d : ctx.dossier().documentsOf(DocumentType.PENALTY_DECISION)) {
                LocalDate served = ctx.servedOn(d);
                if (d.date() == null || served == null || !ctx.thresholds().path("decisionDeliveryDays").has("value")) {
                    continue;
                }
                WorkingDays.Period p = ctx.period("decisionDeliveryDays", d.date());
                if (served.isAfter(p.end())) {
                    out.add(Findings.of(code(), Severity.WARNING, Findings.PROCEDURE, "checks.DELIVERY_LATE",
                            ctx.periodBasis("decisionDeliveryDays", p), List.of(d.id()), d.date().toString(),
                            served.toString(), CheckContext.label(p), p.end().toString(), CheckContext.note(p)));
                }
            }
            return out;
        }
    }

    /** PENALTY_INCREASED_AFTER_NOTICE: the decision is heavier than the notice (第四十五条). */
    static final class IncreasedAfterNotice implements Check {
        @Override
        public String code() {
            return "PENALTY_INCREASED_AFTER_NOTICE";
        }

        @Override
        public List<Finding> run(CheckContext ctx) {
            Optional<CaseDocument> notice = ctx.last(DocumentType.PENALTY_NOTICE);
            Optional<CaseDocument> decision = ctx.last(DocumentType.PENALTY_DECISION);
            if (notice.isEmpty() || decision.isEmpty()) {
                return List.of();
            }
            List<Finding> out = new ArrayList<>();
            for (String key : List.of("fineYuan", "confiscationYuan")) {
                Long before = notice.get().statedLong(key);
                Long after = decision.get().statedLong(key);
                if (before != null && after != null && after > before) {
                    out.add(Findings.of(code(), Severity.ERROR, Findings.PROCEDURE,
                            "checks.PENALTY_INCREASED_AFTER_NOTICE." + key, Findings.PENALTY_LAW + "第四十五条第二款",
                            List.of(notice.get().id(), decision.get().id()), before, after));
                }
            }
            return out;
        }
    }
}
