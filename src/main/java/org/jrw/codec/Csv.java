package org.jrw.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for spreadsheet programs, written with Apache Commons CSV (ADR 0150): a byte-order mark so
 * that Excel reads the UTF-8 Chinese, CRLF line ends, RFC 4180 quoting (a comma, quote or line
 * break inside a cell keeps it one cell) and a guard against formula injection: a text cell that a
 * spreadsheet would run as a formula — one that begins with {@code = + - @}, a tab or a carriage
 * return — gets a leading apostrophe. Numbers are written as they are and never guarded.
 */
public final class Csv {
    public static final String BOM = "\uFEFF";
    private static final String FORMULA_START = "=+-@\t\r";

    private Csv() {
    }

    /** The cell as a spreadsheet will show it and never evaluate it. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /**
     * The rows (cells: {@link Number}s as they are, anything else as guarded text; an empty row is
     * a blank line), after the BOM. With {@code quoteText} every text cell is quoted, otherwise
     * only those that need it.
     */
    public static String write(List<? extends List<?>> rows, boolean quoteText) {
        CSVFormat format = CSVFormat.EXCEL.builder().setRecordSeparator("\r\n")
                .setQuoteMode(quoteText ? QuoteMode.NON_NUMERIC : QuoteMode.MINIMAL).get();
        StringBuilder out = new StringBuilder(BOM);
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                if (row.isEmpty()) {
                    p.println();
                    continue;
                }
                for (Object cell : row) {
                    p.print(cell instanceof Number ? cell : guard(cell == null ? null : cell.toString()));
                }
                p.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }
}
