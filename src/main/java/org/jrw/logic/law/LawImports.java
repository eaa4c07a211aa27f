package org.jrw.logic.law;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.jurisdiction.Region;
import org.jrw.model.BadInputException;
import org.jrw.model.Timestamps;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.ImportedLawDao;
import org.jrw.persistence.Workspace;

/**
 * {@code law import}: a law, regulation or rule text a bureau adds to its workspace's library
 * (ADR 0071) — plain text (UTF-8, or GB18030) or DOCX, laid out in 编/章/节 headings and
 * 第X条 articles with paragraphs and （一） items. The text is validated (articles found, numbered
 * 1…N without gaps or repeats) before anything is written; a version of a law the library holds
 * stands beside its other versions, dated by {@code --effective} (and {@code --until}).
 */
public final class LawImports {
    private static final String NUM = "[零〇一二两三四五六七八九十百千0-9０-９]+";
    private static final Pattern DIVISION = Pattern.compile("^第(" + NUM + ")(编|章|节)(?:[\\s\u3000]+(.*))?$");
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + ")条(之(" + NUM + "))?(?:[\\s\u3000]|$)");

    private final Workspace workspace;

    public LawImports(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The result: the law's id, the version's id and how many articles it has. */
    public record Result(String lawId, String title, String versionId, int articles) {
    }

    /** The library of this workspace (see {@link #library(Workspace)}). */
    public LawLibrary library() {
        return library(workspace);
    }

    /** The library of this workspace: the built-in texts with the imported ones. */
    public static LawLibrary library(Workspace ws) {
        List<ImportedLawDao.Row> rows = ws.db().withConnection(ImportedLawDao::all);
        List<LawLibrary.ImportedVersion> vs = new ArrayList<>();
        for (ImportedLawDao.Row r : rows) {
            vs.add(new LawLibrary.ImportedVersion(r.lawId(), r.versionId(), r.title(), r.shortTitle(),
                    LocalDate.parse(r.effectiveFrom()), r.effectiveTo() == null ? null : LocalDate.parse(r.effectiveTo()),
                    r.text(), r.jurisdiction()));
        }
        return LawLibrary.withImported(vs);
    }

    /** Reads, validates and stores one text; bad input names the file and writes nothing. */
    public Result importText(Path file, String title, String shortTitle, LocalDate from, LocalDate to,
                             String jurisdiction) {
        if (title == null || title.isBlank()) {
            throw new BadInputException("lawimport.title.missing");
        }
        if (from == null) {
            throw new BadInputException("lawimport.effective.missing");
        }
        if (to != null && to.isBefore(from)) {
            throw new BadInputException("lawimport.until.beforeEffective", to.toString(), from.toString());
        }
        Region region = jurisdiction == null || jurisdiction.isBlank() ? Region.NATIONAL : Region.parse(jurisdiction);
        if (jurisdiction != null && !jurisdiction.isBlank() && region.national()
                && !List.of("全国", "中华人民共和国", "国家").contains(jurisdiction.strip())) {
            throw new BadInputException("lawimport.region.invalid", jurisdiction);
        }
        String cleanTitle = title.strip().replaceAll("^《|》$", "");
        String text = normalize(read(file), cleanTitle);
        check(text, file.getFileName().toString());
        LawText parsed = LawTextParser.parse(text);
        LawLibrary current = library(workspace);
        Law existing = current.findLaw(cleanTitle).orElse(null);
        String lawId = existing != null ? existing.id() : "imported-" + Integer.toHexString(cleanTitle.hashCode());
        String versionId = from.toString();
        if (existing != null && existing.versions().stream().anyMatch(v -> v.effectiveFrom().equals(from)
                || v.id().equals(versionId))) {
            throw new BadInputException("lawimport.version.exists", cleanTitle, from.toString());
        }
        ImportedLawDao.Row row = new ImportedLawDao.Row(lawId, versionId, existing != null ? existing.title() : cleanTitle,
                shortTitle == null || shortTitle.isBlank() ? null : shortTitle.strip(), region.label(), from.toString(),
                to == null ? null : to.toString(), file.getFileName().toString(), Timestamps.now(), text);
        workspace.db().inTransaction(c -> {
            ImportedLawDao.insert(c, row);
            AuditDao.append(c, Audit.entry("law.import", null, List.of(lawId + "@" + versionId), null, null,
                    Map.of("title", row.title(), "effectiveFrom", row.effectiveFrom(), "jurisdiction", row.jurisdiction(),
                            "articles", parsed.articles().size())));
            return null;
        });
        Audit.writeHead(workspace);
        return new Result(lawId, row.title(), versionId, parsed.articles().size());
    }

    /** The file's text: DOCX paragraphs, or plain text in UTF-8 (with or without a mark), GB18030 or Big5 (see TextFiles). */
    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("lawimport.file.missing", file.toString());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".docx")) {
                StringBuilder sb = new StringBuilder();
                try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                    for (XWPFParagraph p : doc.getParagraphs()) {
                        sb.append(p.getText()).append('\n');
                    }
                }
                return sb.toString();
            }
            if (name.endsWith(".txt") || name.endsWith(".md")) {
                // UTF-8 (with or without a mark), UTF-16 with a mark, GB18030, or Big5 when the detector says so
                return org.jrw.logic.evidence.TextFiles.decode(Files.readAllBytes(file)).text();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("lawimport.file.unreadable", file.getFileName().toString(), String.valueOf(e.getMessage()));
        }
        throw new BadInputException("lawimport.file.format", file.getFileName().toString());
    }

    /**
     * The text in the library's layout: a title line, 编/章/节 as headings (## / ### / ####), one
     * article or paragraph per line.
     */
    static String normalize(String text, String title) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        boolean parts = false;
        for (String l : lines) {
            Matcher m = DIVISION.matcher(l.strip().replace('\u3000', ' ').strip());
            parts |= m.matches() && m.group(2).equals("编");
        }
        StringBuilder sb = new StringBuilder("# ").append(title).append("\n<!-- INFO END -->\n");
        for (String raw : lines) {
            String l = raw.strip().replace('\u3000', ' ').strip();
            if (l.isEmpty() || l.replace(" ", "").equals(title)) {
                continue;
            }
            Matcher m = DIVISION.matcher(l);
            if (m.matches() && l.length() <= 40) {
                int level = switch (m.group(2)) {
                    case "编" -> 2;
                    case "章" -> parts ? 3 : 2;
                    default -> parts ? 4 : 3;
                };
                sb.append("#".repeat(level)).append(' ').append(l).append('\n');
            } else {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    /** Articles present and numbered 1…N: every gap and repeat named. */
    static void check(String text, String file) {
        List<Integer> numbers = new ArrayList<>();
        for (String l : text.split("\n")) {
            Matcher m = ARTICLE.matcher(l);
            if (m.find() && m.group(2) == null) {
                numbers.add(ChineseNumerals.parse(m.group(1)));
            }
        }
        if (numbers.isEmpty()) {
            throw new BadInputException("lawimport.noArticles", file);
        }
        List<String> problems = new ArrayList<>();
        int expected = 1;
        for (int n : numbers) {
            if (n < expected) {
                problems.add(org.jrw.i18n.Messages.get("lawimport.repeated", ChineseNumerals.format(n), String.valueOf(n)));
            } else {
                for (int k = expected; k < n; k++) {
                    problems.add(org.jrw.i18n.Messages.get("lawimport.missing", ChineseNumerals.format(k), String.valueOf(k)));
                }
                expected = n + 1;
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("lawimport.numbering", file,
                    String.join("、", problems.subList(0, Math.min(20, problems.size()))));
        }
    }
}
