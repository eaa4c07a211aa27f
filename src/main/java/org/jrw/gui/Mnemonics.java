package org.jrw.gui;

/**
 * Keyboard access to the menu bar (Alt+letter): an English title underlines its own letter
 * ({@code _File}), a Chinese one gets the letter in brackets as Chinese software writes it
 * ({@code 文件(_F)}).
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    public static String menu(String title, char letter) {
        if (title.indexOf('_') >= 0) {
            return title;
        }
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf(Character.toLowerCase(letter));
        if (at >= 0 && title.chars().allMatch(c -> c < 0x2E80)) {
            return title.substring(0, at) + "_" + title.substring(at);
        }
        return title + "(_" + Character.toUpperCase(letter) + ")";
    }

    /** The title as shown, without the mnemonic marks. */
    public static String plain(String title) {
        return title == null ? null : title.replaceAll("\\(_[A-Z]\\)$", "").replace("_", "");
    }
}
