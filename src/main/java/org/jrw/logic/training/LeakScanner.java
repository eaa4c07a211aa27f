package org.jrw.logic.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.logic.evidence.TextFiles;
import org.jrw.logic.privacy.PersonalData;

/**
 * Re-reads an anonymised package independently of the code that wrote it (PDFBox, not iText) and
 * reports every original identifier still in it:
 * <ul>
 *   <li>the raw bytes of the package (entry names) and of every entry, searched for each identifier
 *       in UTF-8, UTF-16BE/LE and GB18030;</li>
 *   <li>in PDFs, every object: strings, and every stream decoded (content, ToUnicode, metadata,
 *       object streams); and the extracted text of every page with all white space removed, so that
 *       an identifier broken over two lines is still found;</li>
 *   <li>patterns: any valid 公民身份号码 or 统一社会信用代码 and any mobile number in the manifest or the
 *       PDF text that is not one of the pseudonyms.</li>
 * </ul>
 * In binary data (images, sound, font programs) only encodings of at least six bytes are searched,
 * so that short names cannot match by chance.
 */
public final class LeakScanner {
    /** One identifier found: what it is and where. */
    public record Leak(String identifier, Scrubber.Kind kind, String where) {
    }

    /**
     * The scan's result: identifiers found (the package must not be written) and warnings for a human
     * check: pictures nobody marked or declared free of personal data (text in pictures cannot be
     * searched) — image files, PDFs with images (scanned pages), images inside Word documents.
     */
    public record Report(List<Leak> leaks, List<String> warnings) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final List<Charset> TEXT_CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, GB18030);
    private static final int BINARY_MIN = 6;
    /** The shortest pseudonym a joined pattern match is recognised by ({@link #notOurs}). */
    private static final int JOIN_MIN = 8;

    private final List<Scrubber.Entry> identifiers;
    private final Scrubber scrubber;
    private final Map<String, byte[][]> encoded = new LinkedHashMap<>();
    private final List<Leak> leaks = new ArrayList<>();
    private final Set<String> reported = new java.util.HashSet<>();

    /** PDFBox's font parser complains about every glyph of the bundled CJK font's format-12 cmap. */
    private static final java.util.logging.Logger FONTBOX = java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        FONTBOX.setLevel(java.util.logging.Level.SEVERE);
    }

    private LeakScanner(Scrubber scrubber) {
        this.scrubber = scrubber;
        this.identifiers = scrubber.identifiers().stream().filter(e -> e.original().length() >= 2).toList();
        for (Scrubber.Entry e : identifiers) {
            byte[][] enc = new byte[TEXT_CHARSETS.size()][];
            for (int i = 0; i < TEXT_CHARSETS.size(); i++) {
                enc[i] = e.original().getBytes(TEXT_CHARSETS.get(i));
            }
            encoded.put(e.original(), enc);
        }
    }

    /** Scans a written package against the identifiers of its anonymisation. */
    public static List<Leak> scan(Path pkg, Scrubber scrubber) throws IOException {
        return scan(pkg, scrubber, Map.of()).leaks();
    }

    /**
     * Scans a written package; {@code imageReview} says for each entry with pictures how they were
     * checked ({@link Anonymizer.ImageReview}); entries not in it are reported as not reviewed.
     */
    public static Report scan(Path pkg, Scrubber scrubber, Map<String, Anonymizer.ImageReview> imageReview)
            throws IOException {
        LeakScanner s = new LeakScanner(scrubber);
        List<String> warnings = new ArrayList<>();
        s.bytes(Files.readAllBytes(pkg), true, pkg.getFileName().toString());
        try (InputStream in = Files.newInputStream(pkg); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                s.text(name, "entry name");
                byte[] b = zip.readAllBytes();
                String ext = Anonymizer.ext(name);
                boolean binary = !(name.equals("manifest.json") || Anonymizer.TEXT_EXT.contains(ext));
                s.bytes(b, binary, name);
                if (!binary) {
                    String t = TextFiles.unescapeCharRefs(TextFiles.decode(b).text());
                    s.patterns(t, name);
                    // identifiers written in groups or wrapped over lines, as in PDF text
                    s.text(t, name);
                    s.patterns(t.replaceAll(Identifiers.SEPARATORS, ""), name);
                    if (name.equals("manifest.json")) {
                        // JSON may escape characters (\\uXXXX): compare the parsed strings too
                        s.text(org.jrw.codec.Json.parse(b).toString(), name);
                    }
                }
                boolean pictures = Anonymizer.IMAGE_EXT.contains(ext);
                if (ext.equals("pdf")) {
                    pictures = s.pdf(b, name);
                }
                if (Docx.EXT.contains(ext)) {
                    pictures = s.docx(b, name);
                }
                if (pictures) {
                    Anonymizer.ImageReview r = imageReview.getOrDefault(name, Anonymizer.ImageReview.NONE);
                    if (r != Anonymizer.ImageReview.MARKED) {
                        warnings.add(org.jrw.i18n.Messages.get("training.warn.image." + r.name(), name));
                    }
                }
            }
        }
        return new Report(s.leaks, warnings);
    }

    /** The parts of a Word document: every XML part as text (runs joined) and bytes; true when it holds images. */
    private boolean docx(byte[] b, String name) {
        boolean images = false;
        try {
            for (var e : Docx.entries(b).entrySet()) {
                String where = name + "!" + e.getKey();
                text(e.getKey(), where);
                String ext = Anonymizer.ext(e.getKey());
                boolean xml = ext.equals("xml") || ext.equals("rels");
                bytes(e.getValue(), !xml, where);
                if (xml) {
                    String t = new String(e.getValue(), StandardCharsets.UTF_8);
                    text(Docx.unescape(t), where);
                    String plain = Docx.unescape(t.replaceAll("<[^>]*>", ""));
                    text(plain, where);
                    patterns(plain, where);
                } else if (Anonymizer.IMAGE_EXT.contains(ext)) {
                    images = true;
                }
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(LeakScanner.class).debug("{} unreadable", name, e);
            report(name, name + " (unreadable Word document)");
        }
        try {
            // the text as Word shows it, read by POI and not by the XML rewriter that wrote it
            for (String t : DocxText.paragraphs(b)) {
                text(t, name + " (Word text)");
                patterns(t, name + " (Word text)");
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(LeakScanner.class)
                    .debug("{}: not a package POI opens; its XML parts were searched", name, e);
        }
        return images;
    }

    private void report(String identifier, String where) {
        if (reported.add(identifier + "\u0000" + where)) {
            Scrubber.Kind kind = identifiers.stream().filter(e -> e.original().equals(identifier))
                    .map(Scrubber.Entry::kind).findFirst().orElse(Scrubber.Kind.NUMBER);
            leaks.add(new Leak(identifier, kind, where));
        }
    }

    private void text(String text, String where) {
        String squeezed = text.replaceAll("\\s+", "");
        String ungrouped = null;
        for (Scrubber.Entry e : identifiers) {
            if (text.contains(e.original()) || squeezed.contains(e.original().replaceAll("\\s+", ""))) {
                report(e.original(), where);
            } else if (scrubber.groupedForm(e.original()) != null) {
                // numbers written with hyphens or dashes between the groups (139-2847-5521)
                if (ungrouped == null) {
                    ungrouped = Identifiers.halfWidth(text).replaceAll(Identifiers.SEPARATORS, "");
                }
                if (ungrouped.contains(e.original().replaceAll(Identifiers.SEPARATORS, ""))) {
                    report(e.original(), where);
                }
            }
        }
    }

    private void bytes(byte[] data, boolean binary, String where) {
        for (var e : encoded.entrySet()) {
            byte[][] enc = e.getValue();
            for (int i = 0; i < enc.length; i++) {
                if (binary && (i == 3 || enc[i].length < BINARY_MIN)) {
                    continue;
                }
                if (enc[i].length >= 4 && indexOf(data, enc[i]) >= 0) {
                    report(e.getKey(), where + " (" + TEXT_CHARSETS.get(i).name() + ")");
                    break;
                }
            }
        }
    }

    private void patterns(String original, String where) {
        String text = Identifiers.halfWidth(original);
        // the shared detectors (logic.privacy, ADR 0140): a leak is an identifier whose check character is right
        for (PersonalData.Hit h : PersonalData.idNumbers(text)) {
            if (h.checked() && h.value().equals(text.substring(h.start(), h.end()).toUpperCase()) && notOurs(h.value())) {
                unknown(text.substring(h.start(), h.end()), Scrubber.Kind.ID_NUMBER, where);
            }
        }
        for (PersonalData.Hit h : PersonalData.creditCodes(text)) {
            if (h.checked() && notOurs(h.value())) {
                unknown(h.value(), Scrubber.Kind.CREDIT_CODE, where);
            }
        }
        for (PersonalData.Hit h : PersonalData.phones(text)) {
            if (h.kind() == PersonalData.Kind.MOBILE && notOurs(h.value())) {
                unknown(h.value(), Scrubber.Kind.PHONE, where);
            }
        }
        Matcher m = ScrubberPatterns.EMAIL.matcher(text);
        while (m.find()) {
            if (!scrubber.isPseudonym(m.group()) && !m.group().endsWith("@example.org")) {
                unknown(m.group(), Scrubber.Kind.EMAIL, where);
            }
        }
    }

    /**
     * Whether a pattern match is something the anonymiser did not write. Page text is searched with
     * its white space removed, so a pseudonym can run into the next line's digits (票据号码
     * {@code 6482503240XXXX} then {@code 2024}年) and the joined string may pass a check digit by
     * chance; a match that begins or ends with one of the pseudonyms (of eight characters or more, so
     * that no original can contain it by chance) is such a join, not an identifier of the original.
     */
    private boolean notOurs(String match) {
        if (scrubber.isPseudonym(match)) {
            return false;
        }
        for (String p : scrubber.pseudonymsOfAtLeast(JOIN_MIN)) {
            if (p.length() < match.length() && (match.startsWith(p) || match.endsWith(p))) {
                return false;
            }
        }
        return true;
    }

    /** The pattern leaks in one text (white space removed as for PDF pages); for tests. */
    static List<Leak> patternLeaks(String text, Scrubber scrubber) {
        LeakScanner s = new LeakScanner(scrubber);
        s.patterns(text.replaceAll("\\s+", ""), "text");
        return s.leaks;
    }

    private void unknown(String value, Scrubber.Kind kind, String where) {
        if (reported.add(value + "\u0000" + where)) {
            leaks.add(new Leak(value, kind, where));
        }
    }

    /** Scans a PDF; true when a page draws an image. */
    private boolean pdf(byte[] b, String name) throws IOException {
        boolean images = false;
        try (PDDocument doc = Loader.loadPDF(b)) {
            for (var page : doc.getPages()) {
                var res = page.getResources();
                if (res != null) {
                    for (COSName xo : res.getXObjectNames()) {
                        if (res.isImageXObject(xo)) {
                            images = true;
                        }
                    }
                }
            }
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                text(t, name + " p." + p);
                patterns(t.replaceAll("\\s+", ""), name + " p." + p);
            }
            Map<COSBase, Boolean> seen = new IdentityHashMap<>();
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject obj = doc.getDocument().getObjectFromPool(key);
                walk(obj == null ? null : obj.getObject(), seen, name + " obj " + key.getNumber());
            }
            walk(doc.getDocument().getTrailer(), seen, name + " trailer");
        }
        return images;
    }

    private void walk(COSBase base, Map<COSBase, Boolean> seen, String where) throws IOException {
        if (base == null || seen.put(base, Boolean.TRUE) != null) {
            return;
        }
        if (base instanceof COSObject o) {
            walk(o.getObject(), seen, where);
        } else if (base instanceof COSString s) {
            text(s.getString(), where);
            bytes(s.getBytes(), false, where);
        } else if (base instanceof COSArray a) {
            for (COSBase c : a) {
                walk(c, seen, where);
            }
        } else if (base instanceof COSDictionary d) {
            for (COSBase c : d.getValues()) {
                if (!(c instanceof COSObject)) {
                    walk(c, seen, where);
                }
            }
            if (d instanceof COSStream st) {
                boolean binary = COSName.IMAGE.equals(d.getCOSName(COSName.SUBTYPE)) || d.containsKey(COSName.LENGTH1)
                        || d.containsKey(COSName.LENGTH2) || COSName.getPDFName("Type1C").equals(d.getCOSName(COSName.SUBTYPE))
                        || COSName.getPDFName("CIDFontType0C").equals(d.getCOSName(COSName.SUBTYPE))
                        || COSName.getPDFName("OpenType").equals(d.getCOSName(COSName.SUBTYPE));
                byte[] decoded;
                try (InputStream in = st.createInputStream()) {
                    decoded = in.readAllBytes();
                } catch (IOException e) {
                    // a filter PDFBox cannot decode: the raw bytes are scanned instead
                    try (InputStream in = st.createRawInputStream()) {
                        decoded = in.readAllBytes();
                    }
                }
                bytes(decoded, binary, where + " stream");
                if (!binary) {
                    text(new String(decoded, StandardCharsets.UTF_8), where + " stream");
                    text(new String(decoded, StandardCharsets.ISO_8859_1), where + " stream");
                }
            }
        }
    }

    static int indexOf(byte[] data, byte[] pat) {
        if (pat.length == 0 || data.length < pat.length) {
            return -1;
        }
        byte first = pat[0];
        int max = data.length - pat.length;
        outer:
        for (int i = 0; i <= max; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < pat.length; j++) {
                if (data[i + j] != pat[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
