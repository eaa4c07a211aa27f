package org.jrw.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jrw.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * The mnemonic texts (bundle {@code mnemonics}, issue 23): each marks one letter — in Chinese as {@code (_X)} after
 * the words and before an ellipsis, in English with an underscore in a word — and without its mark is exactly the
 * text of the key it marks, so titles and messages that use the plain key never drift from the menu.
 */
class MnemonicsTest {
    @Test
    void everyMarkedTextIsItsKeysTextWithOneMnemonic() {
        List<String> wrong = new ArrayList<>();
        for (Locale l : List.of(Messages.CHINESE, Locale.ENGLISH)) {
            ResourceBundle b = ResourceBundle.getBundle("i18n.mnemonics", l);
            boolean zh = l == Messages.CHINESE;
            for (String key : b.keySet()) {
                String marked = Messages.get(l, key);
                String plainKey = key.substring("mn.".length());
                if (!key.startsWith("mn.") || !Messages.has(plainKey)) {
                    wrong.add(key + ": no plain key " + plainKey);
                    continue;
                }
                if (!Mnemonics.plain(marked).equals(Messages.get(l, plainKey))) {
                    wrong.add(l + " " + key + ": '" + Mnemonics.plain(marked) + "' is not '" + Messages.get(l, plainKey) + "'");
                }
                boolean shape = zh ? marked.matches("[^_]*\\(_[A-Z]\\)(…|\\.\\.\\.)?")
                        : marked.matches("[^_]*_[A-Za-z][^_]*") && !marked.contains("(_");
                if (!shape) {
                    wrong.add(l + " " + key + ": '" + marked + "' is not marked as " + (zh ? "文件(_F)" : "_File"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void labelPlainAndLetter() {
        Messages.setLanguage("zh");
        assertThat(Mnemonics.label("gui.menu.import")).isEqualTo("导入案卷包(_I)…");
        assertThat(Mnemonics.plain("导入案卷包(_I)…")).isEqualTo("导入案卷包…");
        assertThat(Mnemonics.plain("E_xit")).isEqualTo("Exit");
        assertThat(Mnemonics.letter("导入案卷包(_I)…")).isEqualTo('I');
        assertThat(Mnemonics.letter("E_xit")).isEqualTo('X');
        assertThat(Mnemonics.letter("退出")).isEqualTo((char) 0);
        assertThat(Mnemonics.label("gui.error.title")).isEqualTo(Messages.get("gui.error.title"));
    }
}
