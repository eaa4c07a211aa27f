package org.jrw.logic.law;

/** An item (项) of a paragraph: {@code （七）特种作业人员……}; {@code text} without the number. */
public record Item(int number, String text) {
    public String label() {
        return "（" + ChineseNumerals.format(number) + "）";
    }
}
