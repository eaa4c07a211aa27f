package org.jrw.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * For fixtures that are expensive to make (an intake of the demo files with OCR, an imported and
 * reviewed case, a panel with fresh keys): make them once per test class in {@code @BeforeAll} and
 * give each test that changes them its own copy, so tests stay independent of each other's order.
 * A workspace is a plain folder (database, vault, lock file) and can be copied while no command
 * has it open.
 */
public final class FixtureCopies {
    private FixtureCopies() {
    }

    /** Copies the folder {@code from} with everything in it to {@code to} (created); returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
