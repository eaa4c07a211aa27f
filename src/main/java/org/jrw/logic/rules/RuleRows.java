package org.jrw.logic.rules;

import java.io.IOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.model.BadInputException;

/**
 * The rows of a rules file as header → cell text. CSV in UTF-8 (lines starting with # are comments);
 * XLSX: the first sheet, read as untrusted input — size-limited before and while unpacking, formulas
 * refused (never evaluated), macros and other sheets ignored. Each row carries "#line" (its line or
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
            System.getLogger(RuleRows.class.getName()).log(System.Logger.Level.INFO, "rules file " + name, e);
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

    /** Refuses a workbook whose parts would unpack to more than {@link #MAX_UNPACKED} (a zip bomb). */
    private static void checkPackage(Path file, String name) throws IOException {
        long total = 0;
        int parts = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry z = e.nextElement();
                parts++;
                long size = z.getSize();
                total += size < 0 ? MAX_UNPACKED : size;
                if (parts > MAX_PARTS || total > MAX_UNPACKED) {
                    throw new BadInputException("rules.xlsx.tooLarge", name);
                }
            }
        }
    }

    private static List<Map<String, String>> xlsx(Path file, String name) throws IOException {
        checkPackage(file, name);
        List<Map<String, String>> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new BadInputException("rules.import.empty", name);
            }
            Sheet sheet = wb.getSheetAt(0);
            String sheetName = sheet.getSheetName();
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw new BadInputException("rules.file.tooManyRows", name, MAX_ROWS);
            }
            List<String> header = null;
            for (Row row : sheet) {
                if (row.getLastCellNum() > MAX_COLUMNS) {
                    throw new BadInputException("rules.xlsx.tooManyColumns", name, sheetName, row.getRowNum() + 1,
                            MAX_COLUMNS);
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), sheetName, problems));
                }
                if (cells.isEmpty() || cells.stream().allMatch(String::isEmpty) || cells.get(0).startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                    m.put("#col." + header.get(i), CellReference.convertNumToColString(i));
                }
                m.put("#line", String.valueOf(row.getRowNum() + 1));
                m.put("#sheet", sheetName);
                out.add(m);
            }
        } finally {
            pkg.revert();
        }
        if (!problems.isEmpty()) {
            throw new BadInputException("rules.import.invalid", name, String.join("；", problems));
        }
        return out;
    }

    /** A cell's text: numbers written plainly (10000, not 10,000.00); a formula is refused, not evaluated. */
    private static String text(Cell cell, String sheet, List<String> problems) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case FORMULA -> {
                problems.add(org.jrw.i18n.Messages.get("rules.xlsx.formula", sheet, cell.getRowIndex() + 1,
                        CellReference.convertNumToColString(cell.getColumnIndex()), cell.getCellFormula()));
                yield "";
            }
            case ERROR -> {
                problems.add(org.jrw.i18n.Messages.get("rules.xlsx.errorCell", sheet, cell.getRowIndex() + 1,
                        CellReference.convertNumToColString(cell.getColumnIndex())));
                yield "";
            }
            default -> "";
        };
    }
}
