package org.jrw.logic.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import org.jrw.logic.training.Ocr;

/**
 * A stand-in for tesseract (a shell script): answers {@code --list-langs} with chi_sim, and for an
 * image waits {@code delayMillis}, logs the call and prints the given lines in tesseract's TSV
 * form. Lets the two phases of an intake be tested on any machine, tesseract installed or not.
 */
public final class FakeTesseract {
    public final Path log;
    private final Path program;

    private FakeTesseract(Path program, Path log) {
        this.program = program;
        this.log = log;
    }

    public static FakeTesseract create(Path dir, List<String> lines, int delayMillis) throws IOException {
        Files.createDirectories(dir);
        StringBuilder tsv = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        for (int i = 0; i < lines.size(); i++) {
            tsv.append("5\t1\t1\t1\t").append(i + 1).append("\t1\t10\t").append(20 * i + 10).append("\t300\t18\t91\t")
                    .append(lines.get(i)).append('\n');
        }
        Path out = Files.writeString(dir.resolve("out.tsv"), tsv);
        Path log = dir.resolve("calls.log");
        Files.writeString(log, "");
        Path p = dir.resolve("tesseract");
        Files.writeString(p, """
                #!/bin/sh
                if [ "$1" = "--list-langs" ]; then printf 'List of available languages (2):\\nchi_sim\\neng\\n'; exit 0; fi
                sleep %s
                echo "$1" >> '%s'
                cat '%s'
                """.formatted(String.format(java.util.Locale.ROOT, "%.3f", delayMillis / 1000.0), log, out));
        Files.setPosixFilePermissions(p, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        return new FakeTesseract(p, log);
    }

    public Optional<Ocr> engine() {
        return Ocr.at(program.toString());
    }

    public long calls() throws IOException {
        return Files.readAllLines(log).stream().filter(l -> !l.isBlank()).count();
    }
}
