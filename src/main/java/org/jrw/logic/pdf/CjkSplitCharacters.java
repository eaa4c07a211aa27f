package org.jrw.logic.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Line breaking for Chinese text with the usual 避头尾 rules: a line never starts with closing
 * punctuation (，。、；：？！）》」”…) and never ends with opening punctuation (（《「“〔【).
 */
final class CjkSplitCharacters implements ISplitCharacters {
    static final String CLOSING = "，。、；：？！）》」』”’〕】…—·%,.;:?!)]";
    static final String OPENING = "（《「『“‘〔【([";
    private final ISplitCharacters fallback = new DefaultSplitCharacters();

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        Glyph g = text.get(glyphPos);
        if (!g.hasValidUnicode()) {
            return fallback.isSplitCharacter(text, glyphPos);
        }
        int c = g.getUnicode();
        if (OPENING.indexOf(c) >= 0) {
            return false;
        }
        if (glyphPos + 1 < text.getEnd()) {
            Glyph next = text.get(glyphPos + 1);
            if (next.hasValidUnicode() && CLOSING.indexOf(next.getUnicode()) >= 0) {
                return false;
            }
        }
        if (CLOSING.indexOf(c) >= 0 && c > 0x2000) {
            return true;
        }
        return fallback.isSplitCharacter(text, glyphPos);
    }
}
