package org.jrw.logic.pdf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of one Chinese official document (公文/执法文书) in a layout-neutral form:
 * issuing organ, title, document number and a sequence of {@link Block}s. Written to PDF by
 * {@link OfficialDocumentWriter}. Build with {@link #builder(String)}:
 *
 * <pre>{@code
 * OfficialDocument doc = OfficialDocument.builder("行政处罚决定书")
 *         .organ("西安市应急管理局")
 *         .number("西应急罚〔2024〕37号")
 *         .plain("当事人：西安某某精工机械有限公司")
 *         .paragraph("经查，……")
 *         .heading("一、违法事实")
 *         .fields(FieldTable.builder(4).row("案由", "…").build())
 *         .signature("西安市应急管理局", LocalDate.of(2024, 4, 22))
 *         .fixedTimestamp(ZonedDateTime.parse("2024-04-22T10:00+08:00[Asia/Shanghai]"))
 *         .build();
 * }</pre>
 */
public record OfficialDocument(
        String organ,
        String title,
        String subtitle,
        String number,
        NumberPlacement numberPlacement,
        List<Block> blocks,
        PageNumbers pageNumbers,
        String author,
        String subject,
        String keywords,
        ZonedDateTime fixedTimestamp) {

    public OfficialDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(numberPlacement, "numberPlacement");
        Objects.requireNonNull(pageNumbers, "pageNumbers");
    }

    /** Where the document number (文号) stands: under the title, centred (公文) or right (执法文书). */
    public enum NumberPlacement { CENTER, RIGHT }

    /** Page number style in the footer. */
    public enum PageNumbers {
        /** none */
        NONE,
        /** {@code — 1 —}, as GB/T 9704 */
        DASHED,
        /** {@code 第 1 页 共 3 页}, as on 笔录 and forms */
        PAGE_OF_TOTAL
    }

    /** A block of the document body. */
    public sealed interface Block permits Text, FieldTable, Signature, SignLines, Spacer, PageBreak {
    }

    /** How a text block is set. */
    public enum TextStyle {
        /** body paragraph: justified, first line indented by two characters */
        BODY,
        /** left-aligned, no indent (当事人：…, 问：/答：, addresses) */
        PLAIN,
        /** a first-level heading (一、…): 黑体 in the official layout, bold in forms */
        HEADING,
        /** a second-level heading (（一）…): 楷体 in the official layout */
        HEADING2,
        /** right-aligned line */
        RIGHT,
        /** centred line */
        CENTER,
        /** small print (备注, 本文书一式两份…) */
        NOTE
    }

    public record Text(String text, TextStyle style) implements Block {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * The issuing organ's signature: organ name and date right-aligned at the foot, with a seal note
     * (e.g. {@code （印章）}) or none.
     */
    public record Signature(String organ, LocalDate date, String sealNote) implements Block {
    }

    /** One signature line: {@code label：name　　date}. */
    public record SignLine(String label, String name, LocalDate date) {
    }

    /** Signature lines of persons (被询问人、执法人员、受送达人 …), one per line. */
    public record SignLines(List<SignLine> lines) implements Block {
        public SignLines {
            lines = List.copyOf(lines);
        }
    }

    public record Spacer(float points) implements Block {
    }

    public record PageBreak() implements Block {
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** {@code 2024年3月4日} (GB/T 9704-2012 writes dates in Arabic numerals, without leading zeros). */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static final String[] DIGITS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /**
     * The 成文日期 in Chinese numerals: {@code 二〇二六年十二月七日} (year digit by digit with 〇, month
     * and day as numbers: 十、十一、二十、三十一), as enforcement documents write the date of issue.
     */
    public static String numeralDate(LocalDate d) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(d.getYear()).toCharArray()) {
            sb.append(DIGITS[c - '0']);
        }
        return sb.append('年').append(numeral(d.getMonthValue())).append('月').append(numeral(d.getDayOfMonth()))
                .append('日').toString();
    }

    private static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }

    /** All the text of the document, for glyph checks and search. */
    public List<String> allText() {
        List<String> out = new ArrayList<>();
        add(out, organ);
        add(out, title);
        add(out, subtitle);
        add(out, number);
        for (Block b : blocks) {
            if (b instanceof Text t) {
                out.add(t.text());
            } else if (b instanceof FieldTable ft) {
                ft.rows().forEach(r -> r.cells().forEach(c -> {
                    out.add(c.text());
                    add(out, c.signature());
                }));
            } else if (b instanceof Signature s) {
                add(out, s.organ());
                add(out, s.sealNote());
                if (s.date() != null) {
                    out.add(chineseDate(s.date()));
                    out.add(numeralDate(s.date()));
                }
            } else if (b instanceof SignLines sl) {
                sl.lines().forEach(l -> {
                    add(out, l.label());
                    add(out, l.name());
                });
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (s != null) {
            out.add(s);
        }
    }

    public static final class Builder {
        private String organ;
        private final String title;
        private String subtitle;
        private String number;
        private NumberPlacement numberPlacement = NumberPlacement.RIGHT;
        private final List<Block> blocks = new ArrayList<>();
        private PageNumbers pageNumbers = PageNumbers.DASHED;
        private String author;
        private String subject;
        private String keywords;
        private ZonedDateTime fixedTimestamp;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The issuing organ, set as the header line (发文机关标志). */
        public Builder organ(String organ) {
            this.organ = organ;
            return this;
        }

        /** A line under the title, e.g. {@code （第一次）} or {@code （副本）}. */
        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        /** The document number (文号), e.g. {@code 西应急罚〔2024〕37号}. */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder numberPlacement(NumberPlacement p) {
            this.numberPlacement = p;
            return this;
        }

        public Builder pageNumbers(PageNumbers p) {
            this.pageNumbers = p;
            return this;
        }

        /** A body paragraph: justified, first line indented two characters. */
        public Builder paragraph(String text) {
            return add(new Text(text, TextStyle.BODY));
        }

        /** Several body paragraphs. */
        public Builder paragraphs(String... texts) {
            for (String t : texts) {
                paragraph(t);
            }
            return this;
        }

        /** A left-aligned line without indent. */
        public Builder plain(String text) {
            return add(new Text(text, TextStyle.PLAIN));
        }

        public Builder heading(String text) {
            return add(new Text(text, TextStyle.HEADING));
        }

        /** A second-level heading ({@code （一）…}), 楷体 in the official layout. */
        public Builder heading2(String text) {
            return add(new Text(text, TextStyle.HEADING2));
        }

        public Builder right(String text) {
            return add(new Text(text, TextStyle.RIGHT));
        }

        public Builder center(String text) {
            return add(new Text(text, TextStyle.CENTER));
        }

        public Builder note(String text) {
            return add(new Text(text, TextStyle.NOTE));
        }

        /** A question and its answer of a 笔录: {@code 问：…} / {@code 答：…}. */
        public Builder qa(String question, String answer) {
            plain("问：" + question);
            return plain("答：" + answer);
        }

        public Builder fields(FieldTable table) {
            return add(table);
        }

        /** The organ's signature and date, with the seal note {@code （印章）}. */
        public Builder signature(String organ, LocalDate date) {
            return add(new Signature(organ, date, "（印章）"));
        }

        public Builder signature(String organ, LocalDate date, String sealNote) {
            return add(new Signature(organ, date, sealNote));
        }

        public Builder signLines(SignLine... lines) {
            return add(new SignLines(List.of(lines)));
        }

        public Builder spacer(float points) {
            return add(new Spacer(points));
        }

        public Builder pageBreak() {
            return add(new PageBreak());
        }

        public Builder add(Block b) {
            blocks.add(Objects.requireNonNull(b, "block"));
            return this;
        }

        /** Document information: author (defaults to the organ), subject and keywords. */
        public Builder info(String author, String subject, String keywords) {
            this.author = author;
            this.subject = subject;
            this.keywords = keywords;
            return this;
        }

        /**
         * Makes the output reproducible: creation and modification date are this instant and the
         * document ID is derived from the content's identity instead of the clock, so that writing
         * the same document twice gives the same bytes.
         */
        public Builder fixedTimestamp(ZonedDateTime t) {
            this.fixedTimestamp = t;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(organ, title, subtitle, number, numberPlacement, blocks, pageNumbers,
                    author == null ? organ : author, subject, keywords, fixedTimestamp);
        }
    }
}
