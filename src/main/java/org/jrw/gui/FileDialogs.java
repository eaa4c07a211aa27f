package org.jrw.gui;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jrw.logic.settings.Preferences;

/**
 * File dialogs that open in the folder last used for the same purpose (the same kind of dialog for
 * the same file types: importing packages, saving PDFs…), remembered across restarts in the
 * preferences ({@code lastFolders}), instead of the working directory.
 */
public final class FileDialogs {
    static final String KEY = "lastFolders";
    private static volatile AppContext context;
    private FileDialogs() {
    }

    /** Where the folders are remembered (the application's context). */
    public static void use(AppContext ctx) {
        context = ctx;
    }

    static File showOpen(FileChooser fc, Window owner) {
        String p = purpose("open", fc);
        prepare(fc, p);
        File f = fc.showOpenDialog(owner);
        remember(p, f);
        return f;
    }

    static List<File> showOpenMultiple(FileChooser fc, Window owner) {
        String p = purpose("open", fc);
        prepare(fc, p);
        List<File> f = fc.showOpenMultipleDialog(owner);
        remember(p, f == null || f.isEmpty() ? null : f.get(0));
        return f;
    }

    static File showSave(FileChooser fc, Window owner) {
        String p = purpose("save", fc);
        prepare(fc, p);
        File f = fc.showSaveDialog(owner);
        remember(p, f);
        return f;
    }

    /** A folder chooser that opens in the folder last chosen with one. */
    static File showFolder(javafx.stage.DirectoryChooser dc, Window owner) {
        String p = "folder:";
        if (dc.getInitialDirectory() == null) {
            File d = folder(p);
            if (d != null) {
                dc.setInitialDirectory(d);
            }
        }
        File f = dc.showDialog(owner);
        if (f != null) {
            remember(p, new File(f, "."));
        }
        return f;
    }

    /** The purpose: the kind of dialog and its first file filter ({@code open:*.jrcase}). */
    static String purpose(String kind, FileChooser fc) {
        String types = fc.getExtensionFilters().isEmpty() ? "*"
                : String.join(",", fc.getExtensionFilters().get(0).getExtensions());
        return kind + ":" + types;
    }

    /** The remembered folder for a purpose, if it still exists. */
    static File folder(String purpose) {
        AppContext ctx = context;
        if (ctx == null) {
            return null;
        }
        Object all = ctx.preferences().extra().get(KEY);
        if (all instanceof Map<?, ?> m && m.get(purpose) instanceof String s) {
            File d = new File(s);
            return d.isDirectory() ? d : null;
        }
        return null;
    }

    private static void prepare(FileChooser fc, String purpose) {
        if (fc.getInitialDirectory() == null) {
            File d = folder(purpose);
            if (d != null) {
                fc.setInitialDirectory(d);
            }
        }
    }

    /** Remembers the chosen file's folder (saved in the background: the preferences file is I/O). */
    static void remember(String purpose, File chosen) {
        AppContext ctx = context;
        if (ctx == null || chosen == null || chosen.getAbsoluteFile().getParentFile() == null) {
            return;
        }
        Remembered.put(ctx, KEY, purpose, chosen.getAbsoluteFile().getParentFile().getPath());
    }
}
