package org.jrw.gui;

import org.jrw.i18n.Messages;

/**
 * Keyboard access (Alt+letter) to menus and the main buttons of the screens and dialogs. The marked text
 * lives in the bundle {@code mnemonics} under {@code "mn." + key}: in Chinese the letter in brackets after the
 * words, as Chinese desktop software writes it ({@code 文件(_F)}, {@code 导入案卷包(_I)…}), in English an
 * underscore in the word ({@code _File}). The plain text stays under {@code key} for titles and messages.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    /** The text of {@code key} with its mnemonic mark, or the plain text when it has none. */
    public static String label(String key) {
        String marked = "mn." + key;
        return Messages.has(marked) ? Messages.get(marked) : Messages.get(key);
    }

    /** The title as shown, without the mnemonic marks. */
    public static String plain(String title) {
        return title == null ? null : title.replaceAll("\\(_[A-Za-z0-9]\\)", "").replaceAll("_(?=\\S)", "");
    }

    /** The letter a text's mnemonic marks (upper case), or 0 when it has none. */
    public static char letter(String text) {
        if (text == null) {
            return 0;
        }
        int at = text.indexOf('_');
        return at >= 0 && at + 1 < text.length() ? Character.toUpperCase(text.charAt(at + 1)) : 0;
    }
}
