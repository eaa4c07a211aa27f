package org.jrw.logic.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Word documents (.docx) for anonymisation, without a Word library: the package's XML parts are
 * read as text. Word splits a paragraph into runs wherever formatting, spelling marks or editing
 * sessions change, so a name may be spread over several {@code <w:t>} elements; replacements are
 * found in each paragraph's joined text and written back run by run (the replacement goes into the
 * run where the name began, the rest of the name is removed from the following runs). Afterwards
 * every XML part is rewritten as a whole (text nodes, attribute values such as hyperlinks), authors
 * of comments and revisions and the document properties' creator are blanked, and embedded images
 * are re-encoded without metadata.
 */
final class Docx {
    static final Set<String> EXT = Set.of("docx", "docm");
    private static final Pattern PARAGRAPH = Pattern.compile("<w:p[ >].*?</w:p>|<w:p/>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("(<w:t(?:\\s[^>]*)?>)([^<]*)(</w:t>)");
    private static final Pattern AUTHOR = Pattern.compile("\\b(w:author|w:initials)=\"[^\"]*\"");
    private static final Pattern CREATOR = Pattern.compile(
            "(<(dc:creator|cp:lastModifiedBy|cp:lastPrinted|Company|Manager)(?:\\s[^>]*)?>)[^<]*(</\\2>)");
    private static final Pattern NODE_TEXT = Pattern.compile(">([^<]+)<");

    private Docx() {
    }

    /**
     * The texts to search: each paragraph joined over its runs, the other parts' text nodes, and the
     * paragraphs as POI's XWPF reads them ({@link DocxText}) when it can open the document.
     */
    static List<String> texts(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        for (var e : entries(docx).entrySet()) {
            if (!e.getKey().endsWith(".xml") && !e.getKey().endsWith(".rels")) {
                continue;
            }
            String xml = new String(e.getValue(), StandardCharsets.UTF_8);
            Matcher p = PARAGRAPH.matcher(xml);
            while (p.find()) {
                StringBuilder sb = new StringBuilder();
                Matcher t = TEXT.matcher(p.group());
                while (t.find()) {
                    sb.append(unescape(t.group(2)));
                }
                if (sb.length() > 0) {
                    out.add(sb.toString());
                }
            }
            StringBuilder nodes = new StringBuilder();
            Matcher n = NODE_TEXT.matcher(xml);
            while (n.find()) {
                nodes.append(unescape(n.group(1))).append('\n');
            }
            out.add(nodes.toString());
        }
        try {
            out.addAll(DocxText.paragraphs(docx)); // as Word shows them: fields, content controls, nested tables
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Docx.class).debug("Word text not read through POI; XML texts only", e);
        }
        return out;
    }

    /** The document with every replacement made (see the class comment). */
    static byte[] rewrite(byte[] docx, UnaryOperator<String> apply, Function<String, List<Scrubber.Span>> spans)
            throws IOException {
        Map<String, byte[]> parts = entries(docx);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(docx.length);
        try (ZipOutputStream zip = new ZipOutputStream(buf)) {
            for (var e : parts.entrySet()) {
                String name = e.getKey();
                byte[] b = e.getValue();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String xml = new String(b, StandardCharsets.UTF_8);
                    xml = paragraphs(xml, spans);
                    xml = AUTHOR.matcher(xml).replaceAll("$1=\"-\"");
                    xml = CREATOR.matcher(xml).replaceAll("$1$3");
                    xml = apply.apply(xml);
                    b = xml.getBytes(StandardCharsets.UTF_8);
                } else {
                    String ext = Anonymizer.ext(name);
                    if (Anonymizer.IMAGE_EXT.contains(ext)) {
                        b = Images.clean(b, ext, List.of());
                    }
                }
                ZipEntry z = new ZipEntry(name);
                z.setTime(Anonymizer.FIXED_TIME.toMillis());
                zip.putNextEntry(z);
                zip.write(b);
                zip.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static String paragraphs(String xml, Function<String, List<Scrubber.Span>> spans) {
        Matcher p = PARAGRAPH.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (p.find()) {
            p.appendReplacement(out, Matcher.quoteReplacement(paragraph(p.group(), spans)));
        }
        p.appendTail(out);
        return out.toString();
    }

    private static String paragraph(String para, Function<String, List<Scrubber.Span>> spans) {
        List<String> runs = new ArrayList<>();
        Matcher t = TEXT.matcher(para);
        while (t.find()) {
            runs.add(unescape(t.group(2)));
        }
        if (runs.isEmpty()) {
            return para;
        }
        String joined = String.join("", runs);
        List<Scrubber.Span> found = spans.apply(joined);
        if (found.isEmpty()) {
            return para;
        }
        int[] owner = new int[joined.length()];
        int pos = 0;
        for (int r = 0; r < runs.size(); r++) {
            for (int k = 0; k < runs.get(r).length(); k++) {
                owner[pos++] = r;
            }
        }
        StringBuilder[] texts = new StringBuilder[runs.size()];
        for (int r = 0; r < texts.length; r++) {
            texts[r] = new StringBuilder();
        }
        int i = 0;
        for (Scrubber.Span s : found) {
            for (; i < s.start(); i++) {
                texts[owner[i]].append(joined.charAt(i));
            }
            texts[owner[s.start()]].append(s.replacement());
            i = s.end();
        }
        for (; i < joined.length(); i++) {
            texts[owner[i]].append(joined.charAt(i));
        }
        Matcher m = TEXT.matcher(para);
        StringBuilder out = new StringBuilder(para.length());
        int r = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + escape(texts[r++].toString()) + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            long total = 0;
            while ((e = zip.getNextEntry()) != null) {
                byte[] b = zip.readNBytes(64 << 20);
                total += b.length;
                if (total > 256L << 20) {
                    throw new IOException("document too large when unpacked");
                }
                if (!e.isDirectory()) {
                    out.put(e.getName(), b);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("not a Word document");
        }
        return out;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
