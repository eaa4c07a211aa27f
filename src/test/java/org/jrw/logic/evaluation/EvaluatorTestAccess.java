package org.jrw.logic.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.codec.Json;

/** The demo file's manifest (as {@link EvaluatorTest} grades it), a fresh copy each time. */
final class EvaluatorTestAccess {
    private static ObjectNode demo;

    private EvaluatorTestAccess() {
    }

    static synchronized ObjectNode demo() {
        if (demo == null) {
            try (InputStream in = Files.newInputStream(Path.of("resources/demo/demo.jrcase"));
                 ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("manifest.json")) {
                        demo = (ObjectNode) Json.parse(zip.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return demo.deepCopy();
    }
}
