package org.jrw.logic.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Chinese surnames that start a personal name in running text, read from the data file
 * {@code /training/surnames.txt} (about 470 single-character and 70 two-character surnames).
 */
final class Surnames {
    private static volatile Surnames instance;

    private final Set<Character> single;
    private final Set<String> compound;

    private Surnames(Set<Character> single, Set<String> compound) {
        this.single = Set.copyOf(single);
        this.compound = Set.copyOf(compound);
    }

    static Surnames get() {
        Surnames s = instance;
        if (s == null) {
            s = load();
            instance = s;
        }
        return s;
    }

    private static Surnames load() {
        Set<Character> single = new HashSet<>();
        Set<String> compound = new HashSet<>();
        try (InputStream in = Surnames.class.getResourceAsStream("/training/surnames.txt")) {
            if (in == null) {
                throw new IllegalStateException("training/surnames.txt missing from the program");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.startsWith("single:")) {
                    l.substring(7).strip().codePoints().filter(Scrubber::isHan).forEach(c -> single.add((char) c));
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

    boolean isSingle(char c) {
        return single.contains(c);
    }

    boolean isCompound(String s) {
        return s != null && s.length() == 2 && compound.contains(s);
    }

    /** The surname a name starts with (compound first), or null when it starts with none. */
    String surnameOf(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        if (name.length() >= 3 && isCompound(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return isSingle(name.charAt(0)) ? name.substring(0, 1) : null;
    }

    /** Whether {@code s} looks like a personal name: a surname and one or two more Chinese characters. */
    boolean looksLikeName(String s) {
        if (s == null || s.length() < 2 || s.length() > 4 || !s.chars().allMatch(Scrubber::isHan)) {
            return false;
        }
        String sn = surnameOf(s);
        return sn != null && s.length() - sn.length() >= 1 && s.length() - sn.length() <= 2;
    }

    List<String> compounds() {
        return List.copyOf(compound);
    }
}
