package org.jrw.logic.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A labelled field table as on enforcement forms (立案审批表, 结案审批表, 送达回执 …): a bordered grid of
 * label cells and value cells. Rows are built left to right; the last value of a row spans the
 * columns left over. {@link Builder#box} makes an opinion box (承办人意见, 审批意见) with a signature and
 * date in its lower right corner.
 *
 * @param columnWeights relative column widths
 * @param rows          the rows, top to bottom
 */
public record FieldTable(float[] columnWeights, List<Row> rows, float fontSize) implements OfficialDocument.Block {

    /** {@code fontSize} 0 = the layout's table size. */
    public FieldTable {
        columnWeights = columnWeights.clone();
        rows = List.copyOf(rows);
    }

    public FieldTable(float[] columnWeights, List<Row> rows) {
        this(columnWeights, rows, 0f);
    }

    @Override
    public float[] columnWeights() {
        return columnWeights.clone();
    }

    /** One cell: label cells are centred; value cells left-aligned; {@code signature} is drawn bottom right. */
    public record Cell(String text, boolean label, int colspan, float minHeight, String signature) {
        public Cell {
            Objects.requireNonNull(text, "text");
            if (colspan < 1) {
                throw new IllegalArgumentException("colspan < 1");
            }
        }
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A table of label/value pairs over {@code columns} columns (2 = label, value; 4 = two pairs). */
    public static Builder builder(int columns) {
        float[] w = new float[columns];
        for (int i = 0; i < columns; i++) {
            w[i] = i % 2 == 0 ? 17f : 33f;
        }
        if (columns == 2) {
            w = new float[] {20f, 80f};
        }
        return new Builder(w);
    }

    /** A table with explicit relative column widths. */
    public static Builder builder(float... weights) {
        return new Builder(weights.clone());
    }

    public static final class Builder {
        private final float[] weights;
        private final List<Row> rows = new ArrayList<>();
        private float fontSize;

        /** Text size of this table in points (e.g. 小四 12 for a wide results table). */
        public Builder fontSize(float points) {
            this.fontSize = points;
            return this;
        }

        private Builder(float[] weights) {
            if (weights.length < 2) {
                throw new IllegalArgumentException("a field table needs at least 2 columns");
            }
            this.weights = weights;
        }

        /**
         * A row of label/value pairs: {@code row("当事人", "某公司", "法定代表人", "张某")}. An odd count
         * ends with a label alone; the last cell spans the remaining columns.
         */
        public Builder row(String... labelValuePairs) {
            if (labelValuePairs.length == 0 || labelValuePairs.length > weights.length) {
                throw new IllegalArgumentException("row of " + labelValuePairs.length + " cells in "
                        + weights.length + " columns");
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < labelValuePairs.length; i++) {
                boolean last = i == labelValuePairs.length - 1;
                int span = last ? weights.length - i : 1;
                cells.add(new Cell(nz(labelValuePairs[i]), i % 2 == 0, span, 0f, null));
            }
            rows.add(new Row(cells));
            return this;
        }

        /** A row whose value cell has at least {@code minHeight} points (for longer text). */
        public Builder tall(String label, String value, float minHeight) {
            rows.add(new Row(List.of(new Cell(nz(label), true, 1, minHeight, null),
                    new Cell(nz(value), false, weights.length - 1, minHeight, null))));
            return this;
        }

        /**
         * An opinion box: label on the left, the opinion text, and a signature line such as
         * {@code 签名：王某  2024年3月14日} in the lower right.
         */
        public Builder box(String label, String opinion, String signer, LocalDate date) {
            String sig = (signer == null ? "" : signer) + (date == null ? "" : "　　" + OfficialDocument.chineseDate(date));
            rows.add(new Row(List.of(new Cell(nz(label), true, 1, 90f, null),
                    new Cell(nz(opinion), false, weights.length - 1, 90f, sig.isBlank() ? null : sig))));
            return this;
        }

        /** A free row of cells; each {@code Cell} chooses its span. */
        public Builder cells(Cell... cells) {
            int span = Arrays.stream(cells).mapToInt(Cell::colspan).sum();
            if (span != weights.length) {
                throw new IllegalArgumentException("cells span " + span + " of " + weights.length + " columns");
            }
            rows.add(new Row(List.of(cells)));
            return this;
        }

        /** A full-width header row (e.g. 送达文书 or a section caption). */
        public Builder caption(String text) {
            rows.add(new Row(List.of(new Cell(nz(text), true, weights.length, 0f, null))));
            return this;
        }

        public FieldTable build() {
            return new FieldTable(weights, rows, fontSize);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
