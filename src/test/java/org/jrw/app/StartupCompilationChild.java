package org.jrw.app;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Run in a JVM of its own by {@link StartupCompilationTest}, started as the app-image's launcher
 * starts the program: prints the compiler directives, lets {@link StartupCompilation} lift the
 * start-up one as the workbench does after its first usable frame, and prints them again.
 */
public final class StartupCompilationChild {
    private StartupCompilationChild() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("before: " + directives().replace('\n', ' '));
        boolean pending = StartupCompilation.releaseWhenStarted(60_000);
        StartupCompilation.started();
        String after = directives();
        for (int i = 0; i < 200 && after.contains("Exclude:true"); i++) {
            Thread.sleep(50);
            after = directives();
        }
        System.out.println("pending: " + pending);
        System.out.println("after: " + after.replace('\n', ' '));
    }

    private static String directives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }
}
