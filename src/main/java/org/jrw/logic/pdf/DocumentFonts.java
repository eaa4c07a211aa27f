package org.jrw.logic.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.TrueTypeCollection;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The faces of the official-document layout (GB/T 9704-2012): 仿宋 for body text, 小标宋 for titles,
 * 黑体 for first-level and 楷体 for second-level headings. Each face is taken from the fonts installed
 * on the machine, in order of preference — the faces a bureau's Windows machine has (仿宋 simfang,
 * 方正小标宋, 黑体 simhei, 楷体 simkai, 华文 faces), else a free serif CJK family (Noto Serif CJK SC /
 * Source Han Serif SC, Noto Sans CJK SC for 黑体) — and, when none is found, the bundled Droid Sans
 * Fallback ({@link PdfFonts}) with simulated bold for titles and headings. Fonts are embedded as
 * subsets (Identity-H), so the PDF never depends on the reader's fonts.
 *
 * <p>Where fonts are looked for: the folders of the system property {@value #DIR_PROPERTY} (or the
 * environment variable {@code JRW_FONTS_DIR}; path-separator list) first, then the system's font
 * folders (Linux, Windows, macOS) unless {@value #SYSTEM_PROPERTY}{@code =false}. Files are matched
 * by name; the scan runs once per JVM.
 */
public final class DocumentFonts {
    /** Extra font folders (path-separator list), searched before the system's. */
    public static final String DIR_PROPERTY = "jrw.fonts.dir";
    /** {@code false}: do not look in the system's font folders (only {@value #DIR_PROPERTY}). */
    public static final String SYSTEM_PROPERTY = "jrw.fonts.system";
    private static final Logger LOG = Logger.getLogger(DocumentFonts.class.getName());

    /** A face of the layout. */
    public enum Face {
        /** 仿宋 (body text, 3号) */
        BODY("jrw-fangsong"),
        /** 小标宋 (title, 2号) */
        TITLE("jrw-xbs"),
        /** 黑体 (first-level heading 一、) */
        HEI("jrw-hei"),
        /** 楷体 (second-level heading （一）) */
        KAI("jrw-kai");

        final String alias;

        Face(String alias) {
            this.alias = alias;
        }
    }

    /** A candidate font file: its name (lower case) and, for a collection, which face to take. */
    private record Candidate(String file, String faceHint) {
    }

    private static final Map<Face, List<Candidate>> CANDIDATES = new EnumMap<>(Face.class);

    static {
        CANDIDATES.put(Face.BODY, List.of(
                c("simfang.ttf"), c("fzfsk.ttf"), c("fzfsjw.ttf"), c("fzfangsong-z02s.ttf"), c("fzfangsong-z02.ttf"),
                c("stfangso.ttf"), c("fangsong_gb2312.ttf"), c("仿宋_gb2312.ttf"), c("仿宋.ttf"),
                c("simsun.ttc", "simsun"), c("stsong.ttf"), c("stzhongs.ttf"),
                c("notoserifcjk-regular.ttc", "sc"), c("notoserifcjksc-regular.otf"), c("notoserifsc-regular.otf"),
                c("sourcehanserifsc-regular.otf"), c("sourcehanserif-regular.ttc", "sc"),
                c("sourcehanserifcn-regular.otf")));
        CANDIDATES.put(Face.TITLE, List.of(
                c("fzxbsjw.ttf"), c("fzxbsk.ttf"), c("fzxiaobiaosong-b05s.ttf"), c("fzxiaobiaosong-b05.ttf"),
                c("方正小标宋简体.ttf"), c("方正小标宋_gbk.ttf"),
                c("notoserifcjk-bold.ttc", "sc"), c("notoserifcjksc-bold.otf"), c("notoserifsc-bold.otf"),
                c("sourcehanserifsc-bold.otf"), c("sourcehanserif-bold.ttc", "sc"),
                c("notoserifcjk-semibold.ttc", "sc"), c("sourcehanserifsc-semibold.otf")));
        CANDIDATES.put(Face.HEI, List.of(
                c("simhei.ttf"), c("fzhtk.ttf"), c("fzhtjw.ttf"), c("stheiti.ttf"), c("黑体.ttf"),
                c("notosanscjk-medium.ttc", "sc"), c("notosanscjk-regular.ttc", "sc"), c("notosanscjksc-medium.otf"),
                c("notosanscjksc-regular.otf"), c("sourcehansanssc-medium.otf"), c("sourcehansanssc-regular.otf"),
                c("wqy-zenhei.ttc", "zen hei")));
        CANDIDATES.put(Face.KAI, List.of(
                c("simkai.ttf"), c("stkaiti.ttf"), c("fzktk.ttf"), c("fzktjw.ttf"), c("kaiti_gb2312.ttf"),
                c("楷体_gb2312.ttf"), c("楷体.ttf"), c("ukai.ttc", "cn")));
    }

    private static Candidate c(String file) {
        return new Candidate(file, null);
    }

    private static Candidate c(String file, String faceHint) {
        return new Candidate(file, faceHint);
    }

    /**
     * How a face is set: the font program (null = the bundled fallback), its PostScript name, the
     * file it came from (null when bundled) and whether bold is simulated (the fallback is regular).
     */
    public record Resolved(Face face, FontProgram program, String name, Path file, boolean simulateBold) {
        /** Whether the face comes from a font installed on the machine (not the bundled fallback). */
        public boolean system() {
            return program != null;
        }
    }

    private static volatile Map<Face, Resolved> resolved;

    private DocumentFonts() {
    }

    /** The faces as resolved on this machine (scanned once). */
    public static Map<Face, Resolved> resolved() {
        Map<Face, Resolved> r = resolved;
        if (r == null) {
            synchronized (DocumentFonts.class) {
                if (resolved == null) {
                    resolved = resolve();
                }
                r = resolved;
            }
        }
        return r;
    }

    /**
     * Finds and parses the faces now (they are otherwise parsed by the first document, which takes
     * a second or more for font collections). For a background thread at start-up.
     */
    public static void warmUp() {
        resolved();
    }

    /** Forgets the resolved faces (tests that change {@value #DIR_PROPERTY}). */
    static synchronized void reset() {
        resolved = null;
    }

    /**
     * A new font provider for one document: the four faces (those on the same font share one
     * family) plus the bundled Latin and CJK fonts for characters a face lacks.
     */
    public static FontProvider provider() {
        Map<Face, Resolved> r = resolved();
        FontSet set = new FontSet();
        java.util.Set<String> added = new java.util.HashSet<>();
        for (Resolved f : r.values()) {
            if (f.program() != null && added.add(alias(f))) {
                set.addFont(f.program(), PdfEncodings.IDENTITY_H, alias(f));
            }
        }
        PdfFonts.addBundled(set);
        return new PdfFonts.RecordingFontProvider(set, PdfFonts.LATIN_ALIAS);
    }

    /** The font families for text in a face: the face first, then the bundled fonts. */
    public static String[] families(Face face) {
        Resolved f = resolved().get(face);
        if (f.program() == null) {
            return PdfFonts.FAMILIES.toArray(String[]::new);
        }
        return new String[] {alias(f), PdfFonts.LATIN_ALIAS, PdfFonts.CJK_ALIAS};
    }

    /** Whether text in the face must be made bold by simulation (the bundled fallback). */
    public static boolean simulateBold(Face face) {
        return resolved().get(face).simulateBold();
    }

    /** Whether one of the faces or the bundled fonts has a glyph for the code point. */
    public static boolean canDisplay(int codePoint) {
        if (PdfFonts.canDisplay(codePoint)) {
            return true;
        }
        for (Resolved f : resolved().values()) {
            if (f.program() != null && f.program().getGlyph(codePoint) != null) {
                return true;
            }
        }
        return false;
    }

    /** The PostScript names of the faces' fonts (the bundled CJK font's name for a fallback face). */
    public static List<String> fontNames() {
        List<String> out = new ArrayList<>();
        resolved().values().forEach(f -> out.add(f.name()));
        return out;
    }

    private static String alias(Resolved f) {
        // faces that fell back to another face's font share its family (one embedded subset)
        return "jrw-" + f.name().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ resolution

    private static Map<Face, Resolved> resolve() {
        Map<String, Path> files = scan();
        Map<String, FontProgram> loaded = new LinkedHashMap<>();
        Map<Face, Resolved> out = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Resolved r = null;
            for (Candidate cand : CANDIDATES.get(face)) {
                Path p = files.get(cand.file());
                if (p == null) {
                    continue;
                }
                FontProgram fp = loaded.computeIfAbsent(p + "#" + cand.faceHint(), k -> load(p, cand.faceHint()));
                if (fp != null) {
                    r = new Resolved(face, fp, fp.getFontNames().getFontName(), p, false);
                    break;
                }
            }
            if (r == null && face != Face.BODY) {
                Resolved body = out.get(Face.BODY);
                if (body.program() != null && face == Face.KAI) {
                    r = new Resolved(face, body.program(), body.name(), body.file(), false); // no 楷体: body face
                } else if (body.program() != null) {
                    r = new Resolved(face, body.program(), body.name(), body.file(), true);
                }
            }
            if (r == null) {
                r = new Resolved(face, null, PdfFonts.cjkFontName(), null, face == Face.TITLE || face == Face.HEI);
            }
            out.put(face, r);
            LOG.fine(() -> "document face " + face + ": " + out.get(face).name());
        }
        return Map.copyOf(out);
    }

    private static FontProgram load(Path file, String faceHint) {
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".ttc")) {
                TrueTypeCollection ttc = new TrueTypeCollection(file.toString());
                int n = ttc.getTTCSize();
                // Noto/Source Han collections hold JP, KR, SC, TC, HK in this order: try SC first
                List<Integer> order = new ArrayList<>();
                if (n > 2 && "sc".equals(faceHint)) {
                    order.add(2);
                }
                for (int i = 0; i < n; i++) {
                    if (!order.contains(i)) {
                        order.add(i);
                    }
                }
                for (int i : order) {
                    FontProgram fp = ttc.getFontByTccIndex(i);
                    String ps = fp.getFontNames().getFontName().toLowerCase(Locale.ROOT);
                    if (faceHint == null || ps.contains(faceHint.replace(" ", "")) || matchesFamily(fp, faceHint)) {
                        return fp;
                    }
                }
                return null;
            }
            return FontProgramFactory.createFont(file.toString(), false);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "font not usable: " + file, e);
            return null;
        }
    }

    private static boolean matchesFamily(FontProgram fp, String hint) {
        String[][] names = fp.getFontNames().getFamilyName();
        if (names == null) {
            return false;
        }
        for (String[] n : names) {
            if (n.length > 3 && n[3].toLowerCase(Locale.ROOT).contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /** Font files by lower-case file name, from the configured folders first, then the system's. */
    static Map<String, Path> scan() {
        Map<String, Path> out = new LinkedHashMap<>();
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, 5)) {
                s.filter(Files::isRegularFile).forEach(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (n.endsWith(".ttf") || n.endsWith(".ttc") || n.endsWith(".otf")) {
                        out.putIfAbsent(n, p);
                    }
                });
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "font folder not readable: " + dir, e);
            }
        }
        return out;
    }

    private static List<Path> folders() {
        List<Path> dirs = new ArrayList<>();
        String extra = System.getProperty(DIR_PROPERTY, System.getenv("JRW_FONTS_DIR"));
        if (extra != null && !extra.isBlank()) {
            for (String s : extra.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    dirs.add(Path.of(s.strip()));
                }
            }
        }
        if ("false".equalsIgnoreCase(System.getProperty(SYSTEM_PROPERTY))) {
            return dirs;
        }
        String home = System.getProperty("user.home", "");
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of(home, ".local", "share", "fonts"));
        dirs.add(Path.of(home, ".fonts"));
        dirs.add(Path.of(home, "Library", "Fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts"));
        return dirs;
    }
}
