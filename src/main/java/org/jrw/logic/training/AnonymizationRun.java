package org.jrw.logic.training;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.codec.DossierCodec;
import org.jrw.logic.evidence.TextFiles;
import org.jrw.logic.pdf.PdfTextRedactor;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.Violation;
import org.jrw.persistence.Vault;
import static org.jrw.logic.training.Anonymizer.*;

/**
 * One anonymisation of a dossier (ADR 0030, 0060, 0140), in its phases: read every file once (PDF text
 * and information, OCR lines of pictures); fill the pseudonym table ({@link Scrubber}) from the
 * manifest's fields, then from every text (the shared detectors of logic.privacy, cues, short forms of
 * names); rewrite the paths and every file with the rewriter of its format ({@link FileRewriters});
 * rewrite the manifest; check the legal substance is unchanged. The order of the table's registrations
 * is the order of the seeded pseudonyms: a phase must not be reordered.
 */
final class AnonymizationRun {
    final Dossier d;
    final Options options;
    final Progress progress;
    final Scrubber s;
    final List<String> warnings = new ArrayList<>();
    final TreeMap<String, String> shaByPath = new TreeMap<>();
    final Map<String, byte[]> content = new LinkedHashMap<>();
    final Map<String, List<PdfTextRedactor.PageText>> pdfPages = new HashMap<>();
    final Map<String, Map<String, String>> pdfInfo = new HashMap<>();
    final Map<String, List<Ocr.Line>> ocrLines = new HashMap<>();
    final int[] count = {0};
    int done;

    AnonymizationRun(Dossier d, Options options, Progress progress) {
        this.d = d;
        this.options = options;
        this.progress = progress;
        long seed = options.seed() != null ? options.seed() : new SecureRandom().nextLong();
        this.s = new Scrubber(seed, options.shiftDays());
    }

    Output run(Function<String, byte[]> files) {
        read(files);
        // 1. identifiers named by the manifest
        ObjectNode original = placesAndSurnames();
        identifiersOfTheManifest(original);
        // 2. identifiers found in the texts: patterns and cues first, then (every person being known)
        //    the short forms of the names (张经理, 老张)
        ObjectNode manifest = DossierCodec.write(d);
        List<String> texts = texts(manifest);
        texts.forEach(s::prescan);
        texts.forEach(s::discover);
        texts.forEach(s::discoverForms);
        // 3. rewrite
        Map<String, String> newPath = newPaths();
        FileRewriters rewriters = new FileRewriters(this, newPath);
        Map<String, byte[]> outFiles = new TreeMap<>();
        Map<String, String> newSha = new HashMap<>();
        for (var f : content.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, shaByPath.size() * 2L, f.getKey());
            byte[] out = rewriters.rewrite(f.getKey(), f.getValue());
            outFiles.put(newPath.get(f.getKey()), out);
            newSha.put(f.getKey(), Vault.hash(out));
        }
        rewrite(manifest, null, s, count, newPath, newSha);
        // marks the copy as de-identified (an optional case field, kept on import and export), so the
        // exercise window can warn when a trainer opens it on a real case instead
        ((ObjectNode) manifest.get("case")).put(ANONYMIZED_FIELD, true);
        // 4. legal substance unchanged
        Dossier after = DossierCodec.read(manifest);
        String diff = substanceDifference(d, after);
        if (diff != null) {
            throw new IllegalStateException("anonymisation changed the legal substance: " + diff);
        }
        return new Output(manifest, outFiles, count[0], warnings, s, rewriters.imageReview());
    }

    /** The files, once each: PDF page texts and document information, OCR lines of pictures. */
    private void read(Function<String, byte[]> files) {
        d.documents().forEach(doc -> put(shaByPath, doc.file(), doc.sha256()));
        d.evidence().forEach(e -> put(shaByPath, e.file(), e.sha256()));
        java.util.Optional<Ocr> ocr = Ocr.find();
        for (var f : shaByPath.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, shaByPath.size() * 2L, f.getKey());
            byte[] bytes = files.apply(f.getValue());
            content.put(f.getKey(), bytes);
            if (ext(f.getKey()).equals("pdf")) {
                try {
                    pdfPages.put(f.getKey(), PdfTextRedactor.pages(bytes));
                    pdfInfo.put(f.getKey(), PdfTextRedactor.info(bytes));
                } catch (IOException | RuntimeException e) {
                    throw new BadInputException(e, "training.anonymize.pdfUnreadable", f.getKey(),
                            org.jrw.i18n.IoReasons.orElse(e, "io.reason.notPdf"));
                }
            } else if (IMAGE_EXT.contains(ext(f.getKey())) && ocr.isPresent()) {
                try {
                    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
                    if (img != null) {
                        ocrLines.put(f.getKey(), ocr.get().lines(img));
                    }
                } catch (IOException e) {
                    warnings.add(org.jrw.i18n.Messages.get("training.warn.ocrFailed", f.getKey(), org.jrw.i18n.IoReasons.of(e)));
                }
            }
        }
    }

    /** Provisions protected, places and the real persons' surnames reserved, every text prescanned. */
    private ObjectNode placesAndSurnames() {
        for (Violation v : d.violations()) {
            s.protect(v.violatedProvision());
            s.protect(v.penaltyProvision());
        }

        String agency = d.caseInfo().agency();
        if (agency != null) {
            Matcher m = Pattern.compile("^(.{2,8}?(?:省|自治区|市|州|盟|县|区))").matcher(agency);
            while (m.find()) {
                s.place(m.group(1));
            }
            Matcher city = Pattern.compile("([\\u4e00-\\u9fa5]{2,4}?市)").matcher(agency);
            if (city.find()) {
                s.place(city.group(1));
            }
        }
        s.place(d.caseInfo().district());
        for (Party p : d.parties()) {
            placesOf(p.address(), s);
        }
        for (Party p : d.parties()) {
            s.reserveSurname(p.legalRepresentative());
            if (!p.isUnit()) {
                s.reserveSurname(p.name());
            }
        }
        d.officers().forEach(o -> s.reserveSurname(o.name()));
        ObjectNode original = DossierCodec.write(d);
        List<String> allTexts = new ArrayList<>();
        collectStrings(original, null, allTexts);
        allTexts.forEach(s::prescan);
        pdfPages.values().forEach(pages -> pages.forEach(pt -> s.prescan(pt.lines())));
        return original;
    }

    /** The parties, officers, collectors, person fields, circumstances and numbers the manifest names. */
    private void identifiersOfTheManifest(ObjectNode original) {
        for (Party p : d.parties()) {
            if (p.isUnit()) {
                s.unit(p.name(), placeSet(s));
            } else {
                s.person(p.name());
            }
            s.person(p.legalRepresentative());
            s.address(p.address());
            if (p.creditCode() != null) {
                s.creditCode(p.creditCode());
            }
            if (p.idNumber() != null) {
                s.idNumber(p.idNumber());
            }
        }
        for (Officer o : d.officers()) {
            s.person(o.name());
            if (o.certificateNo() != null && !o.certificateNo().isBlank()) {
                s.number(o.certificateNo(), Scrubber.Kind.NUMBER);
            }
        }
        for (Evidence e : d.evidence()) {
            if (e.collectedBy() != null) {
                for (String n : e.collectedBy().split("[、，,；;\\s]+")) {
                    if (n.length() >= 2 && n.length() <= 4) {
                        s.person(n);
                    }
                }
            }
        }
        personFields(original, null, s);
        for (Violation v : d.violations()) {
            if (v.circumstances() != null) {
                v.circumstances().mitigating().forEach(s::protectUnlessNamed);
                v.circumstances().aggravating().forEach(s::protectUnlessNamed);
            }
        }
        s.caseNumber(d.caseInfo().caseNumber());
        d.documents().forEach(doc -> s.documentNumber(doc.number()));
    }

    /** Every text of the case: manifest strings, PDF texts and information, paths, OCR lines, text and Word files. */
    private List<String> texts(ObjectNode manifest) {
        List<String> texts = new ArrayList<>();
        collectStrings(manifest, null, texts);
        pdfPages.values().forEach(pages -> pages.forEach(pt -> texts.add(pt.lines())));
        pdfInfo.values().forEach(info -> texts.addAll(info.values()));
        texts.addAll(shaByPath.keySet());
        ocrLines.values().forEach(lines -> lines.forEach(l -> texts.add(l.text())));
        for (var f : content.entrySet()) {
            String ext = ext(f.getKey());
            if (TEXT_EXT.contains(ext)) {
                texts.add(TextFiles.unescapeCharRefs(TextFiles.decode(f.getValue()).text()));
            } else if (Docx.EXT.contains(ext)) {
                try {
                    texts.addAll(Docx.texts(f.getValue()));
                } catch (IOException e) {
                    throw new BadInputException(e, "training.anonymize.fileFailed", f.getKey(), org.jrw.i18n.IoReasons.of(e));
                }
            }
        }
        return texts;
    }

    /** The files' new paths: rewritten like any text, made safe and unique. */
    private Map<String, String> newPaths() {
        Map<String, String> newPath = new LinkedHashMap<>();
        Set<String> usedPaths = new java.util.HashSet<>();
        for (String p : shaByPath.keySet()) {
            String np = safePath(s.apply(p, count), p);
            String base = np;
            for (int i = 2; !usedPaths.add(np); i++) {
                int dot = base.lastIndexOf('.');
                np = dot > base.lastIndexOf('/') ? base.substring(0, dot) + "-" + i + base.substring(dot) : base + "-" + i;
            }
            newPath.put(p, np);
        }
        return newPath;
    }
}
