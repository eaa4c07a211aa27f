package org.jrw.logic.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jrw.logic.demo.DemoDossierGenerator;

/** The demo dossier's files as loose files (documents and evidence folders, no manifest), as an officer would have them. */
public final class DemoLooseFiles {
    private DemoLooseFiles() {
    }

    public static Path write(Path dir) throws IOException {
        Path root = dir.resolve("演示案件");
        try (InputStream in = DemoDossierGenerator.class.getResourceAsStream(DemoDossierGenerator.CLASSPATH_RESOURCE);
             ZipInputStream z = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (e.isDirectory() || !e.getName().startsWith("files/")) {
                    continue;
                }
                Path out = root.resolve(e.getName().substring("files/".length()));
                Files.createDirectories(out.getParent());
                Files.copy(z, out);
            }
        }
        return root;
    }
}
