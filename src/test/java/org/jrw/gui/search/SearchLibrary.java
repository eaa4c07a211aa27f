package org.jrw.gui.search;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jrw.logic.search.PrecedentService;
import org.jrw.persistence.Workspace;

/** A new workspace under {@code tmp} holding the shipped precedent library, for the search window's tests. */
final class SearchLibrary {
    private SearchLibrary() {
    }

    static Path workspace(Path tmp) {
        Path dir = tmp.resolve("ws-" + System.nanoTime());
        try (Workspace ws = Workspace.open(dir); PrecedentService s = new PrecedentService(ws)) {
            s.importJsonl(new InputStreamReader(SearchLibrary.class.getClassLoader()
                    .getResourceAsStream("content/precedents/cases.jsonl"), StandardCharsets.UTF_8), "cases.jsonl");
        }
        return dir;
    }
}
