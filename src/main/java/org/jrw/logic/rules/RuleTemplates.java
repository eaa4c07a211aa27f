package org.jrw.logic.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jrw.model.BadInputException;

/**
 * The import templates a bureau fills in: the CSV templates shipped in {@code /rules/} and, made from
 * each of them, an XLSX workbook — first sheet the header and the 【示例】 rows (what the import reads),
 * second sheet 说明 with the CSV's comment lines. Generated from the CSV every time, so the two
 * formats never drift apart.
 */
public final class RuleTemplates {
    /** Template file stem → the data sheet's name. */
    public static final Map<String, String> TEMPLATES = Map.of(
            "benchmark-template", "裁量基准",
            "no-penalty-template", "不予处罚清单",
            "thresholds-template", "期限和标准");

    private RuleTemplates() {
    }

    private static final List<String> STEMS = List.of("benchmark-template", "no-penalty-template", "thresholds-template");

    /** The template files already in {@code dir} (a user may have filled them in place). */
    public static List<Path> existing(Path dir) {
        List<Path> out = new ArrayList<>();
        for (String stem : STEMS) {
            for (String ext : List.of(".csv", ".xlsx")) {
                if (Files.exists(dir.resolve(stem + ext))) {
                    out.add(dir.resolve(stem + ext));
                }
            }
        }
        return out;
    }

    /** Writes the templates unless one is already there (then nothing is written). */
    public static List<Path> writeTo(Path dir) {
        return writeTo(dir, false);
    }

    /**
     * Writes every template as CSV and XLSX into {@code dir}; returns the files written. Without
     * {@code force}, a template file already there is refused, naming it, and nothing is written.
     */
    public static List<Path> writeTo(Path dir, boolean force) {
        List<Path> there = force ? List.of() : existing(dir);
        if (!there.isEmpty()) {
            throw new BadInputException("rules.template.exists",
                    String.join("、", there.stream().map(p -> p.getFileName().toString()).toList()), dir.toString());
        }
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String stem : List.of("benchmark-template", "no-penalty-template", "thresholds-template")) {
                String csv = csv(stem);
                Path c = dir.resolve(stem + ".csv");
                Files.writeString(c, csv, StandardCharsets.UTF_8);
                out.add(c);
                Path x = dir.resolve(stem + ".xlsx");
                try (OutputStream o = Files.newOutputStream(x)) {
                    xlsx(csv, TEMPLATES.get(stem), o);
                }
                out.add(x);
            }
        } catch (IOException e) {
            throw new BadInputException("rules.template.unwritable", dir.toString());
        }
        return out;
    }

    /** The CSV template's text. */
    public static String csv(String stem) throws IOException {
        try (InputStream in = RuleTemplates.class.getResourceAsStream("/rules/" + stem + ".csv")) {
            if (in == null) {
                throw new IOException("no template " + stem);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The workbook made from a CSV template: data sheet (header bold, numbers as numbers) and 说明. */
    static void xlsx(String csv, String sheetName, OutputStream out) throws IOException {
        List<String> notes = new ArrayList<>();
        StringBuilder data = new StringBuilder();
        for (String line : csv.split("\\R")) {
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip().replace("（CSV，UTF-8）", "（XLSX）")
                        .replace("以 # 开头的行为说明，导入时忽略。", "导入时只读第一个工作表，本页说明不导入。")
                        .replace("下面各行", "第一个工作表中的各行").replace("下面一行", "第一个工作表中的一行")
                        .replace("下面的数值", "第一个工作表中的数值"));
            } else if (!line.isBlank()) {
                data.append(line).append('\n');
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            int r = 0;
            int columns = 0;
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(new StringReader(data.toString()))) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    var cell = row.createCell(i);
                    if (r > 0 && v.matches("\\d{1,12}")) {
                        cell.setCellValue(Long.parseLong(v));
                    } else {
                        cell.setCellValue(v);
                        cell.setCellStyle(r == 0 ? bold : text);
                    }
                }
                columns = Math.max(columns, rec.size());
                r++;
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < columns; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            XSSFSheet help = wb.createSheet("说明");
            for (int i = 0; i < notes.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(notes.get(i));
            }
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
        }
    }
}
