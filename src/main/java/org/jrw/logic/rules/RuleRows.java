package org.jrw.logic.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.util.CellReference;
import org.jrw.model.BadInputException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of a rules file as header → cell text. CSV in UTF-8 (lines starting with # are comments);
 * XLSX: the first sheet, read as untrusted input straight from its XML parts (no workbook model, no
 * formula evaluator) — size-limited before and while unpacking, formulas refused (never evaluated),
 * macros and other sheets ignored. Each row carries "#line" (its line or
 * row number), and for XLSX "#sheet" and "#col.NAME" (the column letter of header NAME) so every error
 * names the sheet, row and column.
 */
final class RuleRows {
    /** Largest rules file accepted (a real benchmark is a few hundred rows, tens of kilobytes). */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Largest total unpacked size of an XLSX, and most parts it may have. */
    static final long MAX_UNPACKED = 50L * 1024 * 1024;
    static final int MAX_PARTS = 500;
    static final int MAX_ROWS = 5000;
    static final int MAX_COLUMNS = 40;

    private RuleRows() {
    }

    static List<Map<String, String>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("rules.file.missing", file.toString());
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("rules.file.tooLarge", name, MAX_BYTES / (1024 * 1024));
            }
            if (lower.endsWith(".xlsx")) {
                return xlsx(file, name);
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return csv(file);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            // the parser's own (English) text goes to the log, not to the user
            System.getLogger(RuleRows.class.getName()).log(System.Logger.Level.DEBUG, "rules file " + name, e);
            throw new BadInputException(lower.endsWith(".xlsx") ? "rules.xlsx.damaged" : "rules.csv.unreadable", name);
        }
        throw new BadInputException("rules.file.format", name);
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true)
                .setTrim(true).setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new java.io.StringReader(text); var parser = format.parse(in)) {
            for (CSVRecord r : parser) {
                if (out.size() >= MAX_ROWS) {
                    throw new BadInputException("rules.file.tooManyRows", file.getFileName().toString(), MAX_ROWS);
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (String h : parser.getHeaderNames()) {
                    m.put(h.strip(), r.isMapped(h) && r.isSet(h) ? r.get(h).strip() : "");
                }
                m.put("#line", String.valueOf(r.getParser().getCurrentLineNumber()));
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Reads the first worksheet of an XLSX straight from its zip parts with the JDK's SAX parser
     * (DTDs and external entities refused): xl/workbook.xml names the first sheet and its relation,
     * xl/_rels/workbook.xml.rels where its part is, xl/sharedStrings.xml the strings. Every part is
     * read through a counter that stops at {@link #MAX_UNPACKED} bytes however its size is declared.
     */
    private static List<Map<String, String>> xlsx(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int parts = 0;
            long declared = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                long size = e.nextElement().getSize();
                declared += size < 0 ? 0 : size;
                if (++parts > MAX_PARTS || declared > MAX_UNPACKED) {
                    throw new BadInputException("rules.xlsx.tooLarge", name);
                }
            }
            long[] budget = {MAX_UNPACKED};
            Map<String, String> rels = new LinkedHashMap<>();
            String[] first = new String[2];
            parse(zip, "xl/workbook.xml", budget, name, new DefaultHandler() {
                @Override
                public void startElement(String uri, String l, String q, Attributes a) {
                    if (local(l, q).equals("sheet") && first[0] == null) {
                        first[0] = a.getValue("name");
                        for (int i = 0; i < a.getLength(); i++) {
                            if (local(a.getLocalName(i), a.getQName(i)).equals("id")) {
                                first[1] = a.getValue(i);
                            }
                        }
                    }
                }
            });
            parse(zip, "xl/_rels/workbook.xml.rels", budget, name, new DefaultHandler() {
                @Override
                public void startElement(String uri, String l, String q, Attributes a) {
                    if (local(l, q).equals("Relationship")) {
                        String target = a.getValue("Target");
                        target = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                        rels.put(a.getValue("Id"), target);
                        if (String.valueOf(a.getValue("Type")).endsWith("/sharedStrings")) {
                            rels.put("#strings", target);
                        }
                    }
                }
            });
            if (first[0] == null || first[1] == null || !rels.containsKey(first[1])) {
                throw new BadInputException("rules.import.empty", name);
            }
            List<String> strings = new ArrayList<>();
            String sst = rels.getOrDefault("#strings", "xl/sharedStrings.xml");
            if (zip.getEntry(sst) != null) {
                parse(zip, sst, budget, name, new SharedStrings(strings));
            }
            SheetRows rows = new SheetRows(name, first[0], strings);
            parse(zip, rels.get(first[1]), budget, name, rows);
            if (!rows.problems.isEmpty()) {
                throw new BadInputException("rules.import.invalid", name, String.join("；", rows.problems));
            }
            return rows.out;
        }
    }

    private static String local(String local, String qName) {
        return local == null || local.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : local;
    }

    private static void parse(ZipFile zip, String part, long[] budget, String name, DefaultHandler handler)
            throws IOException {
        ZipEntry e = zip.getEntry(part);
        if (e == null) {
            throw new IOException("missing part " + part);
        }
        try (InputStream in = new Budget(zip.getInputStream(e), budget, name)) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.newSAXParser().parse(in, handler);
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException ex) {
            throw new IOException(ex);
        }
    }

    /** Counts what is unpacked across all parts; past the budget the workbook is refused (a zip bomb). */
    private static final class Budget extends java.io.FilterInputStream {
        private final long[] left;
        private final String name;

        Budget(InputStream in, long[] left, String name) {
            super(in);
            this.left = left;
            this.name = name;
        }

        private int count(int n) {
            if (n > 0 && (left[0] -= n) < 0) {
                throw new BadInputException("rules.xlsx.tooLarge", name);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }
    }

    /** xl/sharedStrings.xml: each {@code <si>}'s text runs, phonetic guides ({@code <rPh>}) left out. */
    private static final class SharedStrings extends DefaultHandler {
        private final List<String> strings;
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private boolean inPhonetic;

        SharedStrings(List<String> strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String l, String q, Attributes a) {
            switch (local(l, q)) {
                case "si" -> text.setLength(0);
                case "rPh" -> inPhonetic = true;
                case "t" -> inT = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inT) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String l, String q) {
            switch (local(l, q)) {
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    if (strings.size() >= MAX_ROWS * MAX_COLUMNS) {
                        throw new BadInputException("rules.xlsx.tooLarge", "");
                    }
                    strings.add(text.toString());
                }
                default -> {
                }
            }
        }
    }

    /**
     * The rows of one worksheet's XML ({@code <row><c r="E2" t="s"><v>3</v></c>…}): cell text by type
     * (shared or inline string, number written plainly, boolean as 是/否); a formula ({@code <f>}) or an
     * error value is a problem naming sheet, row and column — never evaluated.
     */
    private static final class SheetRows extends DefaultHandler {
        final List<Map<String, String>> out = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        /** This row's cell problems: a data row carries them as "#problems", reported with every other bad row. */
        private final List<String> rowProblems = new ArrayList<>();
        private final String file;
        private final String sheet;
        private final List<String> strings;
        private final StringBuilder text = new StringBuilder();
        private List<String> header;
        private List<String> cells;
        private int row;
        private int rowsSeen;
        private int col;
        private String type;
        private String formula;
        private String value;
        private String inline;
        private boolean inText;

        SheetRows(String file, String sheet, List<String> strings) {
            this.file = file;
            this.sheet = sheet;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String local = name(localName, qName);
            switch (local) {
                case "row" -> {
                    if (++rowsSeen > MAX_ROWS) {
                        throw new BadInputException("rules.file.tooManyRows", file, MAX_ROWS);
                    }
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    rowProblems.clear();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    col = ref == null ? cells.size() : new CellReference(ref).getCol();
                    if (col >= MAX_COLUMNS) {
                        throw new BadInputException("rules.xlsx.tooManyColumns", file, sheet, row, MAX_COLUMNS);
                    }
                    type = atts.getValue("t");
                    formula = null;
                    value = null;
                    inline = null;
                }
                case "f", "v", "t" -> {
                    text.setLength(0);
                    inText = true;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String local = name(localName, qName);
            switch (local) {
                case "f" -> formula = text.toString();
                case "v" -> value = text.toString();
                case "t" -> inline = inline == null ? text.toString() : inline + text;
                case "c" -> cell();
                case "row" -> row();
                default -> {
                }
            }
            if (local.equals("f") || local.equals("v") || local.equals("t")) {
                inText = false;
            }
        }

        private static String name(String local, String qName) {
            return local(local, qName);
        }

        private void cell() {
            String letter = CellReference.convertNumToColString(col);
            String v;
            if (formula != null) {
                rowProblems.add(org.jrw.i18n.Messages.get("rules.xlsx.formula", sheet, row, letter, formula));
                v = "";
            } else if ("e".equals(type)) {
                rowProblems.add(org.jrw.i18n.Messages.get("rules.xlsx.errorCell", sheet, row, letter));
                v = "";
            } else if ("s".equals(type)) {
                int at = value == null ? -1 : Integer.parseInt(value.strip());
                v = at < 0 || at >= strings.size() ? "" : strings.get(at);
            } else if ("inlineStr".equals(type)) {
                v = inline == null ? "" : inline;
            } else if ("b".equals(type)) {
                v = "1".equals(value) ? "是" : "否";
            } else if ("str".equals(type)) {
                v = value == null ? "" : value;
            } else {
                v = value == null || value.isBlank() ? "" : number(value.strip());
            }
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(v.strip());
        }

        private static String number(String v) {
            try {
                return new BigDecimal(v).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                // not a number: as written
                return v;
            }
        }

        private void row() {
            boolean blank = cells.isEmpty() || cells.stream().allMatch(String::isEmpty);
            if ((blank && rowProblems.isEmpty()) || (!cells.isEmpty() && cells.get(0).startsWith("#"))) {
                return;
            }
            if (header == null) {
                // a formula in the header: the columns cannot be known, nothing else can be checked
                problems.addAll(rowProblems);
                header = cells;
                return;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                m.put("#col." + header.get(i), CellReference.convertNumToColString(i));
            }
            m.put("#line", String.valueOf(row));
            m.put("#sheet", sheet);
            if (!rowProblems.isEmpty()) {
                m.put("#problems", String.join("；", rowProblems));
            }
            out.add(m);
        }
    }
}
