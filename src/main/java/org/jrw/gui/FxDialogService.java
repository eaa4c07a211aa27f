package org.jrw.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The dialog service of the screens: JavaFX alerts owned by the screen's window (relabelled in
 * the UI language by {@link Appearance}), notes as a ControlsFX notification at the window's
 * lower right that fades by itself, file choosers through {@link FileDialogs} (the folder last
 * used for the same purpose).
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /**
     * A service for a screen: its dialogs are owned by the window the user works in (the focused
     * one, e.g. a dashboard opened from the screen), else by the window the node is shown in.
     */
    public static FxDialogService of(javafx.scene.Node node) {
        return new FxDialogService(() -> Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .orElse(node.getScene() == null ? null : node.getScene().getWindow()));
    }

    @Override
    public void error(String title, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        a.show();
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(460);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public void inform(String text) {
        Window w = owner.get();
        if (w == null || !w.isShowing()) {
            return;
        }
        org.controlsfx.control.Notifications.create().owner(w).text(text)
                .hideAfter(javafx.util.Duration.seconds(4)).position(javafx.geometry.Pos.BOTTOM_RIGHT).show();
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(initialName);
        return Optional.ofNullable(FileDialogs.showSave(fc, owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, Path folder, String initialName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(initialName);
        in(fc, folder);
        return Optional.ofNullable(FileDialogs.showSave(fc, owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(String title, Path folder, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        in(fc, folder);
        return Optional.ofNullable(FileDialogs.showOpen(fc, owner.get())).map(File::toPath);
    }

    /** Opens the chooser in {@code folder} when it exists (else FileDialogs' remembered folder applies). */
    private static void in(FileChooser fc, Path folder) {
        Path dir = folder == null ? null : folder.toAbsolutePath();
        if (dir != null && java.nio.file.Files.isDirectory(dir)) {
            fc.setInitialDirectory(dir.toFile());
        }
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(FileDialogs.showOpen(chooser(title, types), owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> openFiles(String title, List<FileType> types) {
        List<File> files = FileDialogs.showOpenMultiple(chooser(title, types), owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(FileDialogs.showFolder(dc, owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return fc;
    }
}
