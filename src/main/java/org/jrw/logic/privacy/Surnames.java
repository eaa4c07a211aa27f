package org.jrw.logic.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one list of Chinese surnames that start a personal name in running text, read from the data
 * file {@code /training/surnames.txt} (about 480 single-character and 70 two-character surnames).
 * Used by the anonymiser (names in running text, labelled names), the leak scanner (through the
 * anonymiser's table) and the meeting mask (labelled names). ADR 0140.
 */
public final class Surnames {
    /**
     * Single-character surnames that are also everyday words (安全, 高度, 文件 …): after a weak cue they
     * do not start a name, and they are never drawn for a pseudonym.
     */
    public static final String EVERYDAY = "安于时上成向和将高文方常明金石白江万全田康通应国东关公山车从计相后"
            + "路红齐单解都师利容易养终居步满广益";

    private static volatile Surnames instance;

    private final Set<Character> single;
    private final Set<String> compound;
    private final String characterClass;

    private Surnames(Set<Character> single, Set<String> compound) {
        this.single = Set.copyOf(single);
        this.compound = Set.copyOf(compound);
        StringBuilder sb = new StringBuilder();
        single.forEach(sb::append);
        this.characterClass = sb.toString();
    }

    public static Surnames get() {
        Surnames s = instance;
        if (s == null) {
            s = load();
            instance = s;
        }
        return s;
    }

    private static Surnames load() {
        Set<Character> single = new LinkedHashSet<>();
        Set<String> compound = new LinkedHashSet<>();
        try (InputStream in = Surnames.class.getResourceAsStream("/training/surnames.txt")) {
            if (in == null) {
                throw new IllegalStateException("training/surnames.txt missing from the program");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("single:")) {
                    l.substring(7).strip().codePoints().filter(Surnames::isHan).forEach(c -> single.add((char) c));
                } else if (l.startsWith("compound:")) {
                    for (String c : l.substring(9).strip().split("\\s+")) {
                        if (c.length() == 2) {
                            compound.add(c);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Surnames(single, compound);
    }

    /** A Chinese character (basic block or extension A). */
    public static boolean isHan(int c) {
        return c >= 0x4e00 && c <= 0x9fa5 || c >= 0x3400 && c <= 0x4dbf;
    }

    public boolean isSingle(char c) {
        return single.contains(c);
    }

    /** Whether a single-character surname is also an everyday word ({@link #EVERYDAY}). */
    public static boolean isEveryday(char c) {
        return EVERYDAY.indexOf(c) >= 0;
    }

    public boolean isCompound(String s) {
        return s != null && s.length() == 2 && compound.contains(s);
    }

    /** Every single-character surname, for a regular-expression character class {@code [...]}. */
    public String characterClass() {
        return characterClass;
    }

    /** The surname a name starts with (compound first), or null when it starts with none. */
    public String surnameOf(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.length() >= 3 && isCompound(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return isSingle(name.charAt(0)) ? name.substring(0, 1) : null;
    }

    /** Whether {@code s} looks like a personal name: a surname and one or two more Chinese characters. */
    public boolean looksLikeName(String s) {
        if (s == null || s.length() < 2 || s.length() > 4 || !s.chars().allMatch(Surnames::isHan)) {
            return false;
        }
        String sn = surnameOf(s);
        return sn != null && s.length() - sn.length() >= 1 && s.length() - sn.length() <= 2;
    }

    public List<String> compounds() {
        return List.copyOf(compound);
    }
}
