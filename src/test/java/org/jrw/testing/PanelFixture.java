package org.jrw.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The signing tests' common start: the valid test case imported into a workspace and a panel of three, each
 * member with a new signing identity in the test folder ({@code wang.p12}, {@code li.p12}, {@code zhao.p12})
 * under one password file ({@code pw.txt}).
 *
 * <p>The panel of a case number is made once per test JVM (three RSA keys, an import, three
 * registrations) and each test gets its own copy of the workspace and the files: the same state,
 * for a fraction of the cost ({@link FixtureCopies}).
 */
public final class PanelFixture {
    /** Name, role and key store file of each member, in the order they are registered. */
    public static final List<List<String>> MEMBERS = List.of(List.of("王建国", "OFFICER", "wang.p12"),
            List.of("李律师", "LEGAL_ADVISER", "li.p12"), List.of("赵工", "EXPERT", "zhao.p12"));

    /** Case number → the folder holding the made panel ({@code ws/}, {@code pw.txt}, {@code in.jrcase}, the key stores). */
    private static final Map<String, Path> PREPARED = new ConcurrentHashMap<>();

    private PanelFixture() {
    }

    /** Imports case {@code caseNumber} into {@code ws} and registers the panel; returns the password file. */
    public static Path panelOfThree(Path tmp, Path ws, String caseNumber) throws IOException {
        Path prepared;
        try {
            prepared = PREPARED.computeIfAbsent(caseNumber, PanelFixture::prepare);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.createDirectories(tmp);
        for (String f : List.of("pw.txt", "in.jrcase")) {
            Files.copy(prepared.resolve(f), tmp.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        for (List<String> m : MEMBERS) {
            Files.copy(prepared.resolve(m.get(2)), tmp.resolve(m.get(2))); // a key store is never overwritten
        }
        FixtureCopies.copy(prepared.resolve("ws"), ws);
        return tmp.resolve("pw.txt");
    }

    /** Every member of the panel records 同意 on every review point of {@code caseNumber}. */
    public static void allAgree(Path ws, String caseNumber) {
        for (List<String> m : MEMBERS) {
            CliRunner.ok(CliRunner.in(ws, "--json", "review", "view", caseNumber, "--member", m.get(0), "--point", "ALL",
                    "--view", "同意"));
        }
    }

    private static Path prepare(String caseNumber) {
        try {
            Path dir = Files.createTempDirectory("jrw-panel-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            make(dir, dir.resolve("ws"), caseNumber);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void make(Path tmp, Path ws, String caseNumber) throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw.txt"), "correct horse\n");
        Path pkg = TestPackages.valid(caseNumber).writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.in(ws, "case", "import", pkg.toString()).code()).isZero();
        for (List<String> m : MEMBERS) {
            CliRunner.Run r = CliRunner.in(ws, "review", "member", caseNumber, "--name", m.get(0), "--org", "某单位",
                    "--role", m.get(1), "--create-identity", tmp.resolve(m.get(2)).toString(),
                    "--password-file", pw.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind at exit: nothing to do
        }
    }
}
