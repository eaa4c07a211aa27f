package org.jrw.app;

import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link SingleInstanceTest}: listens on the socket given, says so, and
 * ends with {@code System.exit} (as the start-up probe and a crash report do), without closing.
 */
public final class SingleInstanceExitChild {
    private SingleInstanceExitChild() {
    }

    public static void main(String[] args) throws Exception {
        SingleInstance.listen(Path.of(args[0]), files -> { });
        System.out.println("listening");
        System.out.flush();
        System.exit(0);
    }
}
