package org.jrw.logic.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The workbench's PDF fonts, bundled and always embedded (as subsets), never a system font:
 * Droid Sans Fallback ({@value #CJK_RESOURCE}) for Chinese and DejaVu Sans ({@value #LATIN_RESOURCE})
 * for Latin letters, digits and Western punctuation, which Droid Sans Fallback lacks. The project's
 * {@code resources/} folder is on the class path as {@code content/}.
 *
 * <p>iText font objects belong to one PDF document: take a new {@link #provider()} for each
 * document and set {@link #FAMILIES} as the font family. The parsed font programs are shared.
 */
public final class PdfFonts {
    /** Class-path location of the bundled CJK TrueType font. */
    public static final String CJK_RESOURCE = "/content/fonts/DroidSansFallbackFull.ttf";
    /** Class-path location of the bundled Latin TrueType font. */
    public static final String LATIN_RESOURCE = "/content/fonts/DejaVuSans.ttf";
    static final String LATIN_ALIAS = "jrw-latin";
    static final String CJK_ALIAS = "jrw-cjk";
    /** Font families in order of preference: a character comes from the first font that has it. */
    public static final List<String> FAMILIES = List.of(LATIN_ALIAS, CJK_ALIAS);

    private static volatile Loaded loaded;

    private record Loaded(byte[] cjkBytes, byte[] latinBytes, FontProgram cjk, FontProgram latin) {
    }

    private PdfFonts() {
    }

    private static Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (PdfFonts.class) {
                if (loaded == null) {
                    byte[] cjk = read(CJK_RESOURCE);
                    byte[] latin = read(LATIN_RESOURCE);
                    try {
                        loaded = new Loaded(cjk, latin, FontProgramFactory.createFont(cjk, false),
                                FontProgramFactory.createFont(latin, false));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                l = loaded;
            }
        }
        return l;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes of the bundled CJK font (also usable for Java2D via {@code Font.createFont}). */
    public static byte[] cjkFontBytes() {
        return loaded().cjkBytes().clone();
    }

    /** The raw bytes of the bundled Latin font. */
    public static byte[] latinFontBytes() {
        return loaded().latinBytes().clone();
    }

    /**
     * A new font provider holding both bundled fonts (Identity-H, embedded), for one document. Use
     * with {@code element.setFontProvider(provider).setFontFamily(FAMILIES)}.
     */
    public static FontProvider provider() {
        FontSet set = new FontSet();
        addBundled(set);
        return new RecordingFontProvider(set, LATIN_ALIAS);
    }

    /** Adds both bundled fonts to a font set (families {@code jrw-latin}, {@code jrw-cjk}). */
    static void addBundled(FontSet set) {
        Loaded l = loaded();
        set.addFont(l.latin(), PdfEncodings.IDENTITY_H, LATIN_ALIAS);
        set.addFont(l.cjk(), PdfEncodings.IDENTITY_H, CJK_ALIAS);
    }

    /** The PostScript name of the bundled CJK font. */
    static String cjkFontName() {
        return loaded().cjk().getFontNames().getFontName();
    }

    /**
     * Remembers the fonts it made for the document, so the writer can flush them in a fixed order:
     * iText otherwise writes fonts at close in the order of an identity-keyed hash map, which made
     * a document's bytes depend on what the JVM had done before.
     */
    static final class RecordingFontProvider extends FontProvider {
        private final java.util.List<com.itextpdf.kernel.font.PdfFont> made = new java.util.ArrayList<>();

        RecordingFontProvider(FontSet set, String defaultFamily) {
            super(set, defaultFamily);
        }

        @Override
        public com.itextpdf.kernel.font.PdfFont getPdfFont(com.itextpdf.layout.font.FontInfo fontInfo,
                                                             FontSet additionalFonts) {
            com.itextpdf.kernel.font.PdfFont f = super.getPdfFont(fontInfo, additionalFonts);
            if (!made.contains(f)) {
                made.add(f);
            }
            return f;
        }

        /** Flushes every font made, ordered by font name. */
        void flushInOrder() {
            java.util.List<com.itextpdf.kernel.font.PdfFont> fonts = new java.util.ArrayList<>(made);
            fonts.sort(java.util.Comparator.comparing(f -> f.getFontProgram().getFontNames().getFontName()));
            for (com.itextpdf.kernel.font.PdfFont f : fonts) {
                if (f.getPdfObject().getIndirectReference() != null && !f.getPdfObject().isFlushed()) {
                    f.flush();
                }
            }
        }
    }

    /** Whether one of the bundled fonts has a glyph for a code point. */
    public static boolean canDisplay(int codePoint) {
        Loaded l = loaded();
        return l.latin().getGlyph(codePoint) != null || l.cjk().getGlyph(codePoint) != null;
    }

    /** Whether the CJK font has a glyph for a code point. */
    public static boolean cjkCanDisplay(int codePoint) {
        return loaded().cjk().getGlyph(codePoint) != null;
    }
}
