package org.jrw.logic.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jrw.model.BadInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads comments exported by a PDF reader as XFDF (ISO 19444-1): the PDF they belong to
 * ({@code <f href>}, {@code <ids original>}) and every annotation element of {@code <annots>}.
 * The XML is parsed with document type declarations refused and external entities, external
 * DTDs, schemas and XInclude disabled; a file with a {@code <!DOCTYPE>} (the carrier of every
 * XXE attack) is refused before parsing.
 */
final class XfdfReader {
    static final long MAX_BYTES = 32L << 20;
    private static final Map<String, String> SUBTYPES = Map.ofEntries(Map.entry("text", "Text"),
            Map.entry("freetext", "FreeText"), Map.entry("line", "Line"), Map.entry("square", "Square"),
            Map.entry("circle", "Circle"), Map.entry("polygon", "Polygon"), Map.entry("polyline", "PolyLine"),
            Map.entry("highlight", "Highlight"), Map.entry("underline", "Underline"),
            Map.entry("squiggly", "Squiggly"), Map.entry("strikeout", "StrikeOut"), Map.entry("stamp", "Stamp"),
            Map.entry("caret", "Caret"), Map.entry("ink", "Ink"));

    private XfdfReader() {
    }

    record Read(String href, String idOriginal, List<ForeignComment> comments, int skipped) {
    }

    static Read read(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("exchange.package.notFound", file.toString());
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("comments.xfdf.tooLarge", name, MAX_BYTES >> 20);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(e, "comments.xfdf.malformed", name, e.getMessage());
        }
        return read(bytes, name);
    }

    static Read read(byte[] bytes, String name) {
        if (declaresDoctype(bytes)) {
            throw new BadInputException("comments.xfdf.doctype", name);
        }
        Document doc;
        try {
            DocumentBuilder b = factory().newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            b.setErrorHandler(new DefaultHandler());
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                doc = b.parse(new InputSource(in));
            }
        } catch (SAXException | IOException | RuntimeException e) {
            throw new BadInputException(e, "comments.xfdf.malformed", name, String.valueOf(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.getDocumentElement();
        if (!"xfdf".equals(local(root))) { // a parsed document always has its root element
            throw new BadInputException("comments.xfdf.notXfdf", name);
        }
        String href = null;
        String original = null;
        List<ForeignComment> out = new ArrayList<>();
        int skipped = 0;
        for (Element child : children(root)) {
            switch (local(child)) {
                case "f" -> href = attr(child, "href");
                case "ids" -> original = attr(child, "original");
                case "annots" -> {
                    for (Element a : children(child)) {
                        String subtype = SUBTYPES.get(local(a).toLowerCase(Locale.ROOT));
                        if (subtype == null) {
                            if (!local(a).equalsIgnoreCase("popup")) {
                                skipped++;
                            }
                            continue;
                        }
                        ForeignComment c = comment(a, subtype);
                        if (c == null) {
                            skipped++;
                        } else {
                            out.add(c);
                        }
                    }
                }
                default -> {
                    // fields, pdf-info …: not comments
                }
            }
        }
        return new Read(href, original == null ? null : original.strip().toLowerCase(Locale.ROOT), out, skipped);
    }

    private static ForeignComment comment(Element a, String subtype) {
        int page;
        try {
            page = Integer.parseInt(attr(a, "page") == null ? "" : attr(a, "page").strip());
        } catch (NumberFormatException e) {
            // foreign input: a comment without a page is skipped
            return null;
        }
        if (page < 0) {
            return null;
        }
        double[] rect = numbers(attr(a, "rect"), 4);
        if (rect != null) {
            rect = new double[] {Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]),
                    Math.max(rect[1], rect[3])};
        }
        rect = PdfCommentReader.inner(rect, subtype, numbers(attr(a, "fringe"), 4));
        List<double[]> quads = new ArrayList<>();
        double[] coords = numbers(attr(a, "coords"), -8);
        if (coords != null) {
            for (int i = 0; i + 8 <= coords.length && quads.size() < 10_000; i += 8) {
                double[] q = new double[8];
                System.arraycopy(coords, i, q, 0, 8);
                quads.add(q);
            }
        }
        String contents = null;
        for (Element c : children(a)) {
            if (local(c).equals("contents")) {
                contents = c.getTextContent();
            } else if (local(c).equals("contents-richtext") && contents == null) {
                contents = c.getTextContent();
            }
        }
        if (contents != null) {
            contents = contents.replace("\r\n", "\n").replace('\r', '\n').strip();
        }
        String author = attr(a, "title");
        String created = attr(a, "creationdate");
        String nm = attr(a, "name");
        boolean named = nm != null && !nm.isBlank();
        String key = named ? nm.strip() : ForeignComment.derivedKey(page, subtype, rect, author, contents, created);
        String irt = attr(a, "inreplyto");
        String rt = attr(a, "replyType");
        String state = attr(a, "state") != null || attr(a, "statemodel") != null ? String.valueOf(attr(a, "state"))
                : null;
        return new ForeignComment(key, named, subtype, page, rect, quads, author, contents, attr(a, "subject"), created,
                attr(a, "date"), irt == null || irt.isBlank() ? null : irt.strip(),
                "group".equalsIgnoreCase(rt) ? "Group" : "R", state);
    }

    /** True when the document declares a document type (a DTD, hence possibly entities). */
    static boolean declaresDoctype(byte[] b) {
        String text;
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == 0 && b[1] == '<'))) {
            text = new String(b, StandardCharsets.UTF_16BE);
        } else if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == '<' && b[1] == 0))) {
            text = new String(b, StandardCharsets.UTF_16LE);
        } else {
            text = new String(b, StandardCharsets.ISO_8859_1);
        }
        return text.contains("<!DOCTYPE") || text.contains("<!ENTITY");
    }

    static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        return f;
    }

    private static String local(Node n) {
        String l = n.getLocalName();
        return l == null ? n.getNodeName() : l;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** Comma/space separated numbers; {@code n} exact count, or {@code -k} a multiple of k. */
    private static double[] numbers(String s, int n) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String[] parts = s.strip().split("[,\\s]+");
        if (n > 0 ? parts.length != n : parts.length % -n != 0 || parts.length > 80_000) {
            return null;
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                // foreign input: no rectangle
                return null;
            }
            if (!Double.isFinite(v[i])) {
                return null;
            }
        }
        return v;
    }
}
