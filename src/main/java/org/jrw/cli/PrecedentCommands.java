package org.jrw.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.pdf.PrecedentReportWriter;
import org.jrw.logic.search.Hit;
import org.jrw.logic.search.ImportReport;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.search.SearchQuery;
import org.jrw.logic.search.SearchResult;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.persistence.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code precedent import}, {@code search} and {@code similar} (spec/cli.md). */
final class PrecedentCommands {
    private PrecedentCommands() {
    }

    @Command(name = "precedent", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {Import.class, AddCase.class, Export.class})
    static final class PrecedentGroup extends GroupCommand {
    }

    @Command(name = "import", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Import extends WorkspaceCommand {
        @Parameters(paramLabel = "FILE.jsonl", descriptionKey = "precedent.import.file")
        Path file;

        @Override
        protected Integer run(Workspace ws) throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(Files.isDirectory(file) ? "precedent.file.isFolder" : "precedent.file.missing",
                    file.toString());
            }
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ImportReport r;
            org.jrw.logic.exchange.PrecedentSets.Imported imported;
            try (PrecedentService service = new PrecedentService(ws)) {
                // a set signed by another bureau (FILE.jsonl.p7s next to it) must verify, or nothing is imported
                imported = new org.jrw.logic.exchange.PrecedentSets(ws, service).importSet(file);
                r = imported.report();
            }
            note(imported.signed() ? Messages.get("search2.import.signedBy", imported.signer(), imported.sha256())
                    : Messages.get("search2.import.unsigned"));
            List<Map<String, Object>> rejected = new ArrayList<>();
            for (ImportReport.Rejected x : r.rejected()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", x.line());
                m.put("reason", x.reason());
                rejected.add(m);
                note(Messages.get("precedent.import.rejected", x.line(), x.reason()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("imported", r.imported());
            out.put("rejected", rejected);
            out.put("signed", imported.signed());
            if (imported.signed()) {
                out.put("signer", imported.signer());
                out.put("signerSha256", imported.sha256());
            }
            print(out, Messages.get("precedent.import.done", r.imported(), r.rejected().size()));
            return 0;
        }
    }

    /** {@code precedent add-case CASE}: the case's decision as the bureau's own precedent (本局案例). */
    @Command(name = "add-case", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class AddCase extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            Dossier d = new DossierService(ws).load(caseRef);
            org.jrw.model.PrecedentRecord r;
            try (PrecedentService service = new PrecedentService(ws)) {
                r = service.addCase(d);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", r.id());
            out.put("caseId", d.caseId());
            out.put("record", org.jrw.codec.Json.toJava(org.jrw.logic.search.PrecedentCodec.toJson(r)));
            print(out, Messages.get("search2.addCase.done", d.caseInfo().caseNumber(), r.id()));
            return 0;
        }
    }

    /** {@code precedent export --out FILE.jsonl [--all]}: a signed precedent set for another bureau. */
    @Command(name = "export", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Export extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", descriptionKey = "precedent.export.out")
        Path out;

        @Option(names = "--all", descriptionKey = "precedent.export.all")
        boolean all;

        @Override
        protected boolean readOnly() {
            return false; // the workstation key is created on first use
        }

        @Override
        protected Integer run(Workspace ws) {
            org.jrw.logic.exchange.PrecedentSets.Exported e;
            try (PrecedentService service = new PrecedentService(ws)) {
                e = new org.jrw.logic.exchange.PrecedentSets(ws, service).export(out, all);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", e.file().toString());
            o.put("signature", e.signature().toString());
            o.put("records", e.records());
            o.put("signer", e.signer());
            o.put("signerSha256", e.sha256());
            print(o, Messages.get("search2.export.done", e.records(), e.file(), e.signature()));
            return 0;
        }
    }

    @Command(name = "search", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Search extends ReadingCommand {
        @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "search.query")
        List<String> query;

        @Option(names = "--industry", paramLabel = "X", descriptionKey = "search.industry")
        String industry;

        @Option(names = "--region", paramLabel = "X", descriptionKey = "search.region")
        String region;

        @Option(names = "--provision", paramLabel = "X", descriptionKey = "search.provision")
        String provision;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", descriptionKey = "search.limit")
        int limit;

        @Option(names = "--sort", paramLabel = "relevance|date|amount", defaultValue = "relevance",
                descriptionKey = "search.sort")
        SearchQuery.Sort sort;

        @Option(names = "--report", paramLabel = "FILE.pdf", descriptionKey = "search.report")
        Path report;

        @Override
        protected Integer run(Workspace ws) {
            String text = String.join(" ", query).strip();
            if (text.isEmpty() && blank(industry) && blank(region) && blank(provision)) {
                throw new BadInputException("search.query.empty");
            }
            if (!text.isEmpty() && blank(industry) && blank(region) && blank(provision)
                    && !PrecedentService.hasTerms(text)) {
                throw new BadInputException("search.query.noTerms", text);
            }
            SearchResult r;
            try (PrecedentService service = new PrecedentService(ws)) {
                r = service.search(SearchQuery.of(text).withFilters(industry, region, provision).withLimit(limit)
                        .withSort(sort));
                if (service.rebuiltOnOpen() && service.count() > 0) {
                    note(Messages.get("search.index.rebuilt"));
                }
            }
            if (report != null) {
                StringBuilder subject = new StringBuilder(text);
                appendFilter(subject, "行业", industry);
                appendFilter(subject, "地区", region);
                appendFilter(subject, "条款", provision);
                PrecedentReportWriter.write(report, new PrecedentReportWriter.Subject(subject.toString().strip(), null,
                        null, OffsetDateTime.now(), org.jrw.logic.audit.Actor.givenName(), null, null, null, null, librarySize(ws)),
                        PrecedentReportWriter.entries(r, null));
                note(Messages.get("fixes.report.written", report.toAbsolutePath().normalize()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("total", r.total());
            out.put("allWords", r.allWords());
            out.put("hits", r.hits().stream().map(PrecedentCommands::hitJson).toList());
            StringBuilder human = new StringBuilder();
            if (r.hits().isEmpty()) {
                human.append(Messages.get(PrecedentService.hasTerms(text) && !text.isBlank()
                        ? "search2.noFullMatch.none" : "search.none"));
            } else {
                if (r.allWords() == 0 && r.relaxed()) {
                    human.append(Messages.get("search2.noFullMatch")).append('\n');
                }
                human.append(Messages.get("search2.totals", r.allWords(), r.total() - r.allWords())).append('\n');
                human.append(humanHits(r.hits()));
            }
            print(out, human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "similar", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Similar extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10", descriptionKey = "search.limit")
        int limit;

        @Option(names = "--report", paramLabel = "FILE.pdf", descriptionKey = "search.report")
        Path report;

        @Override
        protected Integer run(Workspace ws) {
            Dossier d = new DossierService(ws).load(caseRef);
            List<Hit> hits;
            try (PrecedentService service = new PrecedentService(ws)) {
                hits = service.similar(d, limit);
            }
            if (report != null) {
                writeReport(report, caseSubject(d, librarySize(ws)), hits);
                note(Messages.get("fixes.report.written", report.toAbsolutePath().normalize()));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("hits", hits.stream().map(PrecedentCommands::hitJson).toList());
            print(out, hits.isEmpty() ? Messages.get("search.similar.none") : humanHits(hits).stripTrailing());
            return 0;
        }
    }

    /** The report's subject for a similar-case search: the case, its organ, provisions and proposed fine. */
    static PrecedentReportWriter.Subject caseSubject(Dossier d, Integer librarySize) {
        var v = d.violations().isEmpty() ? null : d.violations().get(0);
        Long fine = v == null || v.proposed() == null ? null : v.proposed().fineYuan();
        return new PrecedentReportWriter.Subject(null, d.caseInfo().caseNumber(), d.caseInfo().title(),
                OffsetDateTime.now(), org.jrw.logic.audit.Actor.givenName(), d.caseInfo().agency(), v == null ? null : v.violatedProvision(),
                v == null ? null : v.penaltyProvision(), fine, librarySize);
    }

    private static Integer librarySize(Workspace ws) {
        try (PrecedentService service = new PrecedentService(ws)) {
            return service.count();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(PrecedentCommands.class).debug("precedent library size unknown", e);
            return null;
        }
    }

    private static void appendFilter(StringBuilder sb, String label, String value) {
        if (!blank(value)) {
            sb.append("　").append(label).append(Messages.colon()).append(value.strip());
        }
    }

    private static void writeReport(Path file, PrecedentReportWriter.Subject subject, List<Hit> hits) {
        PrecedentReportWriter.write(file, subject, hits.stream().map(h -> new PrecedentReportWriter.Entry(h, null))
                .toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A hit exactly as spec/cli.md's {@code Hit}. */
    static Map<String, Object> hitJson(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.id());
        m.put("title", h.title());
        m.put("score", Math.round(h.score() * 10000) / 10000.0);
        m.put("industry", h.industry());
        m.put("region", h.region());
        m.put("year", h.year());
        // the corpus's collector's remarks (摘录截断, （应为…）) are research notes, never shown
        m.put("violationBasis", org.jrw.logic.pdf.PrecedentReportWriter.readable(h.violationBasis()));
        m.put("penaltyBasis", org.jrw.logic.pdf.PrecedentReportWriter.readable(h.penaltyBasis()));
        m.put("penaltyUnitYuan", h.penaltyUnitYuan());
        m.put("highlights", h.highlights());
        // v1.1 and compatible extensions (spec/cli.md)
        m.put("matchedAll", h.matchedAll());
        m.put("duplicates", h.duplicates());
        m.put("reasons", h.reasons());
        m.put("bureauCase", h.bureauCase());
        return m;
    }

    private static String humanHits(List<Hit> hits) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Hit h : hits) {
            sb.append(++i).append(". ").append(h.id()).append("  ").append(h.title()).append("  [")
                    .append(Messages.get(h.matchedAll() ? "search2.matchedAll" : "search2.partial"))
                    .append(h.bureauCase() ? "·" + Messages.get("search2.bureauCase") : "").append("]\n");
            sb.append("   ").append(h.highlights().isEmpty() ? h.facts()
                    : h.highlights().get(0).replace("<em>", "【").replace("</em>", "】")).append('\n');
            if (!h.reasons().isEmpty()) {
                sb.append("   ").append(Messages.get("search2.reasons")).append(Messages.colon()).append(String.join(Messages.semicolon(), h.reasons()))
                        .append('\n');
            } else if (!h.sharedProvisions().isEmpty()) {
                sb.append("   ").append(Messages.get("search.why.provisions", String.join(Messages.enumComma(), h.sharedProvisions())))
                        .append('\n');
            }
            if (!h.duplicates().isEmpty()) {
                sb.append("   ").append(Messages.get("search2.duplicates", h.duplicates().size(),
                        String.join(Messages.enumComma(), h.duplicates()))).append('\n');
            }
        }
        return sb.toString();
    }
}
