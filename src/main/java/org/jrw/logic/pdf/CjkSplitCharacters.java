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
    static final String CLOSING = "，。、；：？！）》」』”’〕】…—·．％%,.;:?!)]";
    static final String OPENING = "（《「『“‘〔【([";
    /** Runs of letters and digits at least this long may break between any two characters. */
    static final int LONG_RUN = 12;
    private final ISplitCharacters fallback = new DefaultSplitCharacters();

    private static boolean isAlnum(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static int alnumRunLength(GlyphLine text, int pos) {
        int start = pos;
        while (start - 1 >= text.getStart() && unicode(text, start - 1) >= 0 && isAlnum(unicode(text, start - 1))) {
            start--;
        }
        int end = pos;
        while (end + 1 < text.getEnd() && unicode(text, end + 1) >= 0 && isAlnum(unicode(text, end + 1))) {
            end++;
        }
        return end - start + 1;
    }

    private static int unicode(GlyphLine text, int pos) {
        Glyph g = text.get(pos);
        return g.hasValidUnicode() ? g.getUnicode() : -1;
    }

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
        if (isAlnum(c) && alnumRunLength(text, glyphPos) >= LONG_RUN) {
            // long codes (统一社会信用代码, ID numbers) may break anywhere, as in justified CJK text
            return true;
        }
        return fallback.isSplitCharacter(text, glyphPos);
    }
}
