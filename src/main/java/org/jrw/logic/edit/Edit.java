package org.jrw.logic.edit;

import java.nio.file.Path;
import java.util.Map;

/**
 * One change to a stored case, as the editor's forms and the {@code case set/add/remove/link/move/
 * replace-file/draft/confirm} commands make it. A list of edits is applied together: validated
 * first, then written in one transaction with one audit entry, or not at all.
 */
public sealed interface Edit {

    /** Sets a field to a typed value ({@code parties[p1].creditCode} = {@code 9161…}); an empty value removes it. */
    record Set(String path, String value) implements Edit {
    }

    /**
     * Adds a party, officer or violation ({@code collection} = parties, officers, violations) with
     * the given fields (keys as below the item: {@code name}, {@code proposed.fineYuan}); a new id
     * (p3, v2) is given.
     */
    record Add(String collection, Map<String, String> fields) implements Edit {
        public Add {
            fields = Map.copyOf(fields);
        }
    }

    /** Removes a party (not while a violation names it), an officer or a violation (and its links). */
    record Remove(String path) implements Edit {
    }

    /** Links (or unlinks) an evidence item to a violation it proves. */
    record Link(String evidenceId, String violationId, boolean linked) implements Edit {
    }

    /** Moves a document or evidence item ({@code collection} documents / evidence) to a position (0 = first). */
    record Move(String collection, String id, int to) implements Edit {
    }

    /** Replaces the file of {@code documents[d7]} or {@code evidence[e1]}; the old version stays in the vault and the history. */
    record ReplaceFile(String path, Path file) implements Edit {
    }

    /** Marks the case as a draft (草稿), or confirms it (only when complete and without errors). */
    record Draft(boolean draft) implements Edit {
    }
}
