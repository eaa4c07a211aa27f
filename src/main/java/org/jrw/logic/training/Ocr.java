package org.jrw.logic.training;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Optional text recognition in pictures through the external program {@code tesseract} with the
 * simplified-Chinese model ({@code apt install tesseract-ocr tesseract-ocr-chi-sim}). The
 * workbench ships no OCR engine: when the program or the model is missing, or the system property
 * {@code jrw.ocr=off} is set, {@link #find} returns nothing and pictures are only re-encoded,
 * blurred where marked and reported for a human check.
 *
 * <p>Recognised words come back with their boxes, grouped into lines; the anonymiser looks for
 * identifiers in each line and blurs the boxes of the words they cover.
 */
public final class Ocr {
    /** One recognised word (often a single Chinese character) and its box in pixels. */
    public record Word(String text, int x, int y, int w, int h) {
    }

    /** One recognised line: its words in reading order. */
    public record Line(List<Word> words) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            words.forEach(w -> sb.append(w.text()));
            return sb.toString();
        }

        /** The word each character of {@link #text()} belongs to. */
        int[] owners() {
            int[] o = new int[text().length()];
            int p = 0;
            for (int i = 0; i < words.size(); i++) {
                for (int k = 0; k < words.get(i).text().length(); k++) {
                    o[p++] = i;
                }
            }
            return o;
        }
    }

    private static volatile Optional<Ocr> found;

    private final String program;
    private final String languages;

    private Ocr(String program, String languages) {
        this.program = program;
        this.languages = languages;
    }

    /** The installed engine with the Chinese model, if any (looked up once). */
    public static Optional<Ocr> find() {
        if ("off".equalsIgnoreCase(System.getProperty("jrw.ocr", ""))) {
            return Optional.empty();
        }
        Optional<Ocr> f = found;
        if (f == null) {
            f = probe();
            found = f;
        }
        return f;
    }

    private static Optional<Ocr> probe() {
        return at(System.getProperty("jrw.tesseract", "tesseract"));
    }

    /** The engine {@code program} with the Chinese model, if it answers (not cached). */
    public static Optional<Ocr> at(String program) {
        try {
            Process p = new ProcessBuilder(program, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return Optional.empty();
            }
            boolean chi = out.lines().anyMatch(l -> l.strip().equals("chi_sim"));
            boolean eng = out.lines().anyMatch(l -> l.strip().equals("eng"));
            if (!chi) {
                return Optional.empty();
            }
            return Optional.of(new Ocr(program, eng ? "chi_sim+eng" : "chi_sim"));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Ocr.class).info("Tesseract at {} not usable; no OCR", program, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            // asked to stop: keep the interrupt, no OCR
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The lines recognised in an image; empty when recognition fails (the image is then reported as unchecked). */
    public List<Line> lines(BufferedImage img) throws IOException {
        Path dir = Files.createTempDirectory("jrw-ocr-");
        File in = dir.resolve("in.png").toFile();
        try {
            ImageIO.write(img, "png", in);
            Process p = new ProcessBuilder(program, in.getAbsolutePath(), "stdout", "-l", languages, "tsv")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String tsv = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("tesseract did not finish");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract failed with exit code " + p.exitValue());
            }
            return parse(tsv);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(in.toPath());
            Files.deleteIfExists(dir);
        }
    }

    /** Parses tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height, conf, text). */
    static List<Line> parse(String tsv) {
        Map<String, List<Word>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5")) {
                continue;
            }
            String text = c[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                Word w = new Word(text, Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]),
                        Integer.parseInt(c[9]));
                lines.computeIfAbsent(c[1] + "/" + c[2] + "/" + c[3] + "/" + c[4], k -> new ArrayList<>()).add(w);
            } catch (NumberFormatException failure) {
                org.slf4j.LoggerFactory.getLogger(Ocr.class).debug("OCR row skipped, not numeric: {}", row, failure);
                // a malformed row: skipped
            }
        }
        List<Line> out = new ArrayList<>();
        lines.values().forEach(ws -> out.add(new Line(List.copyOf(ws))));
        return out;
    }
}
