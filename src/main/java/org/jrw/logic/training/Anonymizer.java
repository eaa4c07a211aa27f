package org.jrw.logic.training;

import org.jrw.logic.privacy.Surnames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.logic.pdf.PdfTextRedactor;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Makes a de-identified copy of a case for training ({@code anonymize CASE --out FILE.jrcase}).
 *
 * <ol>
 *   <li>Identifiers are collected from the manifest's fields (parties, officers, addresses, numbers)
 *       and found by pattern in every text: manifest strings, the text of every PDF page, PDF
 *       document information and file names ({@link Scrubber}).</li>
 *   <li>Every occurrence gets its pseudonym: manifest strings and file names rewritten; PDF text
 *       removed from the content streams and the pseudonym set in its place
 *       ({@link PdfTextRedactor}); images re-encoded without metadata and the regions marked as
 *       personal data pixelated beyond recovery; WAV files stripped of everything but the sound.
 *       Dates move by a constant number of days (0 by default), so intervals stay true.</li>
 *   <li>The legal substance (provisions, amounts, circumstances, document types and order,
 *       evidence kinds and links) is compared with the original and must be unchanged.</li>
 *   <li>The package is written next to the target and {@link LeakScanner re-read}: manifest,
 *       every entry's bytes in several encodings, every decoded PDF stream and the extracted PDF
 *       text. If any original identifier remains, the package is deleted and
 *       {@link LeakException} names it; nothing is written.</li>
 * </ol>
 */
public final class Anonymizer {
    /** The optional {@code case} field a de-identified copy carries: {@code "anonymized": true}. */
    public static final String ANONYMIZED_FIELD = "anonymized";
    static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    static final ZonedDateTime PDF_TIME = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    /** Manifest keys whose values are references, codes or legal substance: never rewritten. */
    static final Set<String> KEEP_KEYS = Set.of("format", "version", "id", "partyId", "proves", "type", "kind",
            "sha256", "documentId", "servedDocument", "violatedProvision", "penaltyProvision", "generator");
    static final Set<String> TEXT_EXT = Set.of("txt", "json", "xml", "csv", "html", "htm", "md");
    static final Set<String> IMAGE_EXT = Set.of("jpg", "jpeg", "png", "bmp", "gif");

    /** A rectangle of an image in pixels, marked as personal data (face, ID card, name on screen). */
    public record Region(int x, int y, int w, int h) {
    }

    /**
     * @param shiftDays days added to every date (negative: earlier); intervals stay the same
     * @param seed      seed of the pseudonym generator; null: a fresh random seed
     * @param regions   regions to blur, by evidence id or file path, in addition to those the manifest
     *                  ({@code evidence[].personalDataRegions}) and the built-in material mark
     */
    public record Options(int shiftDays, Long seed, Map<String, List<Region>> regions,
                          Map<String, List<PageRegion>> pdfRegions, Set<String> reviewed) {
        public Options {
            regions = regions == null ? Map.of() : Map.copyOf(regions);
            pdfRegions = pdfRegions == null ? Map.of() : Map.copyOf(pdfRegions);
            reviewed = reviewed == null ? Set.of() : Set.copyOf(reviewed);
        }

        public Options(int shiftDays, Long seed, Map<String, List<Region>> regions) {
            this(shiftDays, seed, regions, Map.of(), Set.of());
        }

        public static Options defaults() {
            return new Options(0, null, Map.of());
        }

        /** These options plus the personal-data annotations of the case (see {@link #fromAnnotations}). */
        Options with(Map<String, List<Region>> moreRegions, Map<String, List<PageRegion>> morePdf, Set<String> moreReviewed) {
            Map<String, List<Region>> r = new HashMap<>();
            regions.forEach((k, v) -> r.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            moreRegions.forEach((k, v) -> r.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            Map<String, List<PageRegion>> p = new HashMap<>();
            pdfRegions.forEach((k, v) -> p.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            morePdf.forEach((k, v) -> p.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            Set<String> rv = new java.util.HashSet<>(reviewed);
            rv.addAll(moreReviewed);
            return new Options(shiftDays, seed, r, p, rv);
        }
    }

    /** A region of a PDF page marked as personal data, in points from the page's top-left. */
    public record PageRegion(int page, double x, double y, double w, double h) {
    }

    /** How the pictures of a file were checked: marked by a person, only by OCR, or not at all. */
    public enum ImageReview { NONE, OCR, MARKED }

    /** The written package, the number of replacements made and notes for the trainer. */
    public record Result(Path file, int replaced, String sha256, List<String> warnings) {
    }

    /** The de-identified package in memory, before it is written. */
    public record Output(ObjectNode manifest, Map<String, byte[]> files, int replaced, List<String> warnings,
                         Scrubber scrubber, Map<String, ImageReview> imageReview) {
        public Output(ObjectNode manifest, Map<String, byte[]> files, int replaced, List<String> warnings,
                      Scrubber scrubber) {
            this(manifest, files, replaced, warnings, scrubber, Map.of());
        }
    }

    /**
     * The case's annotations of kind {@link org.jrw.model.AnnotationKind#PERSONAL_DATA 个人信息}: an image
     * region is blurred, a PDF region is cut out of the page (text and image pixels, pdfSweep) and
     * filled grey; one without a region declares the item reviewed with nothing to hide.
     */
    static Options fromAnnotations(Options o, Dossier d, List<org.jrw.model.Annotation> annotations) {
        Map<String, List<Region>> regions = new HashMap<>();
        Map<String, List<PageRegion>> pdf = new HashMap<>();
        Set<String> reviewed = new java.util.HashSet<>();
        for (org.jrw.model.Annotation a : annotations) {
            if (a.kind() != org.jrw.model.AnnotationKind.PERSONAL_DATA || a.isReply()) {
                continue;
            }
            if (a.rects().isEmpty()) {
                reviewed.add(a.targetId());
            } else if (a.page() != null) {
                a.rects().forEach(r -> pdf.computeIfAbsent(a.targetId(), k -> new ArrayList<>())
                        .add(new PageRegion(a.page(), r.x(), r.y(), r.w(), r.h())));
            } else {
                a.rects().forEach(r -> regions.computeIfAbsent(a.targetId(), k -> new ArrayList<>()).add(new Region(
                        (int) Math.floor(r.x()), (int) Math.floor(r.y()), (int) Math.ceil(r.w()), (int) Math.ceil(r.h()))));
            }
        }
        return o.with(regions, pdf, reviewed);
    }

    private final Workspace workspace;

    public Anonymizer(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Anonymises a case of the workspace into {@code out}. */
    public Result anonymize(String caseRef, Path out, Options options, Progress progress) {
        Path target = checkTarget(out);
        Dossier d = new DossierService(workspace).load(caseRef);
        checkBlurTargets(d, options);
        Vault vault = workspace.vault();
        options = fromAnnotations(options, d, new org.jrw.logic.evidence.AnnotationService(workspace).list(d.caseId()));
        Output o = anonymize(d, sha -> {
            try {
                return Files.readAllBytes(vault.pathOf(sha));
            } catch (IOException e) {
                throw new BadInputException(e, "training.anonymize.io", sha, org.jrw.i18n.IoReasons.of(e));
            }
        }, options, progress);
        Result r = write(o, target, progress);
        if (!workspace.readOnly()) {
            Audit.recordNow(workspace, "case.anonymize", d.caseId(), List.of(d.caseId()), null, r.sha256(),
                    Map.of("file", r.file().toString(), "replaced", r.replaced(), "shiftDays", options.shiftDays()));
        }
        return r;
    }

    /** A region to blur names an evidence item of the case (its id or file); anything else is refused, not ignored. */
    static void checkBlurTargets(Dossier d, Options options) {
        for (String target : options.regions().keySet()) {
            boolean known = d.evidence().stream().anyMatch(e -> target.equals(e.id()) || target.equals(e.file()));
            if (!known) {
                throw new BadInputException("fixes.blur.unknown", target,
                        String.join("、", d.evidence().stream().map(Evidence::id).toList()));
            }
        }
    }

    static Path checkTarget(Path out) {
        if (out == null) {
            throw new BadInputException("training.anonymize.out.missing");
        }
        Path target = out.toAbsolutePath().normalize();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jrcase")) {
            throw new BadInputException("training.anonymize.out.extension", target.toString());
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("export.out.isDirectory", target.toString());
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("export.out.noFolder", String.valueOf(dir));
        }
        return target;
    }

    /**
     * Anonymises a dossier whose files are read by SHA-256 through {@code files}: the pseudonym table
     * ({@link Scrubber}) is filled from the manifest's fields, then from the texts (the shared detectors
     * of logic.privacy and the cues), every file is rewritten by the rewriter of its format
     * ({@link FileRewriters}) and the legal substance is compared ({@link AnonymizationRun}).
     */
    public static Output anonymize(Dossier d, Function<String, byte[]> files, Options options, Progress progress) {
        return new AnonymizationRun(d, options, progress).run(files);
    }

    /**
     * The boxes to blur in a picture: the words covered by an identifier the scrubber knows (found in
     * the OCR text or anywhere else in the case), and every word with five or more digits in a row
     * (ID, telephone and account numbers the recognition read only in part).
     */
    static List<Region> ocrRegions(List<Ocr.Line> lines, Scrubber s) {
        List<Region> out = new ArrayList<>();
        for (Ocr.Line line : lines) {
            String text = line.text();
            int[] owner = line.owners();
            java.util.BitSet hit = new java.util.BitSet();
            for (Scrubber.Span sp : s.spans(text)) {
                for (int i = sp.start(); i < sp.end(); i++) {
                    hit.set(owner[i]);
                }
            }
            Matcher digits = Pattern.compile("[0-9Xx*]{5,}").matcher(text);
            while (digits.find()) {
                for (int i = digits.start(); i < digits.end(); i++) {
                    hit.set(owner[i]);
                }
            }
            // the word before and after a hit too: recognition splits names and numbers unpredictably
            java.util.BitSet grown = (java.util.BitSet) hit.clone();
            hit.stream().forEach(i -> {
                if (i > 0) {
                    grown.set(i - 1);
                }
                if (i + 1 < line.words().size()) {
                    grown.set(i + 1);
                }
            });
            grown.stream().forEach(i -> {
                Ocr.Word w = line.words().get(i);
                int pad = Math.max(3, w.h() / 4);
                out.add(new Region(w.x() - pad, w.y() - pad, w.w() + 2 * pad, w.h() + 2 * pad));
            });
        }
        return out;
    }

    static void put(Map<String, String> m, String path, String sha) {
        if (path != null && sha != null) {
            m.putIfAbsent(path, sha);
        }
    }

    static void placesOf(String address, Scrubber s) {
        if (address == null) {
            return;
        }
        Matcher m = Pattern.compile("^([\\u4e00-\\u9fa5]{2,7}?(?:省|自治区))?([\\u4e00-\\u9fa5]{2,4}?(?:市|州|盟))?"
                + "([\\u4e00-\\u9fa5]{1,4}?(?:区|县|旗))?").matcher(address);
        if (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    s.place(m.group(g));
                }
            }
        }
    }

    static Set<String> placeSet(Scrubber s) {
        Set<String> out = new java.util.HashSet<>();
        s.entries().stream().filter(e -> e.kind() == Scrubber.Kind.PLACE).forEach(e -> out.add(e.original()));
        return out;
    }

    static String ext(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Keeps a rewritten path valid for the package (falls back to the old name's structure). */
    static String safePath(String p, String original) {
        String cleaned = p.replace('\\', '_').replace(':', '_');
        return PackageSource.pathProblem(cleaned) == null ? cleaned : original;
    }

    static void collectStrings(JsonNode n, String key, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> collectStrings(e.getValue(), e.getKey(), out));
        } else if (n.isArray()) {
            n.forEach(c -> collectStrings(c, key, out));
        } else if (n.isTextual() && (key == null || !KEEP_KEYS.contains(key) || key.equals("file"))) {
            out.add(n.asText());
        }
    }

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static void rewrite(JsonNode n, String key, Scrubber s, int[] count, Map<String, String> newPath,
                                Map<String, String> newSha) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            String oldFile = o.has("file") && o.get("file").isTextual() ? o.get("file").asText() : null;
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<String> names = new ArrayList<>();
            it.forEachRemaining(e -> names.add(e.getKey()));
            for (String k : names) {
                JsonNode v = o.get(k);
                if (v.isTextual()) {
                    o.set(k, TextNode.valueOf(rewriteText(k, v.asText(), s, count, newPath)));
                } else {
                    rewrite(v, k, s, count, newPath, newSha);
                }
            }
            if (oldFile != null && newSha.containsKey(oldFile) && o.has("sha256")) {
                o.put("sha256", newSha.get(oldFile));
            }
        } else if (n.isArray()) {
            ArrayNode a = (ArrayNode) n;
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    a.set(i, TextNode.valueOf(rewriteText(key, v.asText(), s, count, newPath)));
                } else {
                    rewrite(v, key, s, count, newPath, newSha);
                }
            }
        }
    }

    private static String rewriteText(String key, String v, Scrubber s, int[] count, Map<String, String> newPath) {
        if ("file".equals(key)) {
            return newPath.getOrDefault(v, v);
        }
        if (key != null && KEEP_KEYS.contains(key)) {
            return v;
        }
        if (ISO.matcher(v).matches()) {
            return s.shiftIso(v);
        }
        return s.apply(v, count);
    }

    static byte[] redactPdf(byte[] pdf, List<PdfTextRedactor.PageText> pages, Map<String, String> info,
                                    Scrubber s, int[] count, List<PageRegion> areas) throws IOException {
        List<PdfTextRedactor.Replacement> reps = new ArrayList<>();
        for (PdfTextRedactor.PageText pt : pages) {
            List<PdfTextRedactor.Glyph> glyphs = pt.glyphs();
            StringBuilder text = new StringBuilder();
            List<Integer> glyphAt = new ArrayList<>();
            for (int g = 0; g < glyphs.size(); g++) {
                String t = glyphs.get(g).text();
                text.append(t);
                for (int k = 0; k < t.length(); k++) {
                    glyphAt.add(g);
                }
            }
            for (Scrubber.Span sp : s.spans(text.toString())) {
                int g0 = glyphAt.get(sp.start());
                int g1 = glyphAt.get(sp.end() - 1);
                reps.add(new PdfTextRedactor.Replacement(pt.page(), glyphs.subList(g0, g1 + 1), sp.replacement()));
            }
        }
        count[0] += reps.size();
        Map<String, String> newInfo = new LinkedHashMap<>();
        info.forEach((k, v) -> newInfo.put(k, s.apply(v, count)));
        count[0] += areas.size();
        return PdfTextRedactor.redact(pdf, reps, areas.stream().map(a -> new PdfTextRedactor.Area(a.page(),
                (float) a.x(), (float) a.y(), (float) a.w(), (float) a.h())).toList(), newInfo, PDF_TIME);
    }

    static Map<String, List<PageRegion>> pdfRegions(Dossier d, Options options) {
        Map<String, List<PageRegion>> out = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        d.documents().forEach(doc -> fileById.put(doc.id(), doc.file()));
        d.evidence().forEach(e -> fileById.put(e.id(), e.file()));
        options.pdfRegions().forEach((k, v) -> {
            String file = fileById.getOrDefault(k, k);
            if (file != null) {
                out.computeIfAbsent(file, x -> new ArrayList<>()).addAll(v);
            }
        });
        return out;
    }

    /** Files declared reviewed (an annotation 个人信息 on the whole item, or {@code personalDataReviewed: true}). */
    static Set<String> reviewedPaths(Dossier d, Options options) {
        Set<String> out = new java.util.HashSet<>();
        for (CaseDocument doc : d.documents()) {
            if (doc.file() != null && (options.reviewed().contains(doc.id()) || options.reviewed().contains(doc.file()))) {
                out.add(doc.file());
            }
        }
        for (Evidence e : d.evidence()) {
            if (e.file() != null && (options.reviewed().contains(e.id()) || options.reviewed().contains(e.file())
                    || Boolean.TRUE.equals(e.extra().get("personalDataReviewed")))) {
                out.add(e.file());
            }
        }
        return out;
    }

    static Map<String, List<Region>> regions(Dossier d, Options options) {
        Map<String, List<Region>> out = new HashMap<>();
        Map<String, List<Region>> builtIn = BuiltInRegions.bySha256();
        for (Evidence e : d.evidence()) {
            if (e.file() == null) {
                continue;
            }
            List<Region> rs = new ArrayList<>();
            rs.addAll(builtIn.getOrDefault(e.sha256(), List.of()));
            Object marked = e.extra().get("personalDataRegions");
            if (marked instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m) {
                        rs.add(new Region(num(m.get("x")), num(m.get("y")), num(m.get("w")), num(m.get("h"))));
                    }
                }
            }
            rs.addAll(options.regions().getOrDefault(e.id(), List.of()));
            rs.addAll(options.regions().getOrDefault(e.file(), List.of()));
            if (!rs.isEmpty()) {
                out.computeIfAbsent(e.file(), k -> new ArrayList<>()).addAll(rs);
            }
        }
        return out;
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }

    /** The first difference of legal substance between a dossier and its anonymised copy, or null ({@link SubstanceCheck}). */
    static String substanceDifference(Dossier a, Dossier b) {
        return SubstanceCheck.substanceDifference(a, b);
    }

    /** Keys of manifest fields that hold persons (in any object, also fields this version does not know). */
    static final Pattern PERSON_KEY = Pattern.compile("(?i).*(name|person|officer|witness|representative|contact|signer"
            + "|signatory|author|inspector|recorder|interview|collector|collectedby|handler|approver|reviewer|driver|worker"
            + "|employee|agent|attendee|member|owner|manager|principal|people|staff|人|员|者).*");
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]*[）)]");

    /**
     * Registers every person a string-valued person field names ({@code name} of officers, {@code collectedBy},
     * {@code witnesses}, {@code 联系人} …): names separated by 、，; or spaces, bracketed remarks removed;
     * a value with a legal-form suffix is a unit.
     */
    static void personFields(JsonNode n, String key, Scrubber s) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> personFields(e.getValue(), e.getKey(), s));
        } else if (n.isArray()) {
            n.forEach(c -> personFields(c, key, s));
        } else if (n.isTextual() && key != null && !KEEP_KEYS.contains(key) && PERSON_KEY.matcher(key).matches()) {
            String v = BRACKETS.matcher(n.asText()).replaceAll(" ");
            for (String token : v.split("[、，,；;/\\s]+")) {
                String t = token.strip();
                if (t.length() < 2 || s.isPseudonym(t)) {
                    continue;
                }
                if (t.length() >= 5 && ScrubberPatterns.COMPANY_SUFFIX.matcher(t).find()) {
                    s.unit(t, placeSet(s));
                } else if (Surnames.get().looksLikeName(t) && !PersonFinder.isCommonWord(t)) {
                    s.person(t);
                } else if (t.length() == 3 && t.charAt(1) == '某') {
                    s.person(t);
                }
            }
        }
    }

    /** Writes the package beside the target, scans it, and moves it into place only when clean. */
    public static Result write(Output o, Path target, Progress progress) {
        Path dir = target.getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".jrw-anonymize-", ".part");
            try (OutputStream fo = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(fo)) {
                put(zip, PackageSource.MANIFEST, (Json.pretty(o.manifest()) + "\n").getBytes(StandardCharsets.UTF_8));
                for (var f : o.files().entrySet()) {
                    put(zip, f.getKey(), f.getValue());
                }
            }
            progress.update(1, 1, target.getFileName().toString());
            LeakScanner.Report report = LeakScanner.scan(tmp, o.scrubber(), o.imageReview());
            if (!report.leaks().isEmpty()) {
                throw new LeakException(report.leaks());
            }
            List<String> warnings = new ArrayList<>(o.warnings());
            warnings.addAll(report.warnings());
            String sha = Vault.hash(tmp);
            org.jrw.persistence.AtomicFiles.move(tmp, target);
            tmp = null;
            return new Result(target, o.replaced(), sha, List.copyOf(warnings));
        } catch (IOException e) {
            throw new BadInputException(e, "export.io", target.toString(), org.jrw.i18n.IoReasons.of(e));
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setLastModifiedTime(FIXED_TIME);
        e.setTime(FIXED_TIME.toMillis());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
