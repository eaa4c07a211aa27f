package org.jrw.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The signing tests' common start: the valid test case imported into a workspace and a panel of three, each
 * member with a new signing identity in the test folder ({@code wang.p12}, {@code li.p12}, {@code zhao.p12})
 * under one password file ({@code pw.txt}).
 */
public final class PanelFixture {
    /** Name, role and key store file of each member, in the order they are registered. */
    public static final List<List<String>> MEMBERS = List.of(List.of("王建国", "OFFICER", "wang.p12"),
            List.of("李律师", "LEGAL_ADVISER", "li.p12"), List.of("赵工", "EXPERT", "zhao.p12"));

    private PanelFixture() {
    }

    /** Imports case {@code caseNumber} into {@code ws} and registers the panel; returns the password file. */
    public static Path panelOfThree(Path tmp, Path ws, String caseNumber) throws IOException {
        Path pw = Files.writeString(tmp.resolve("pw.txt"), "correct horse\n");
        Path pkg = TestPackages.valid(caseNumber).writeZip(tmp.resolve("in.jrcase"));
        assertThat(CliRunner.in(ws, "case", "import", pkg.toString()).code()).isZero();
        for (List<String> m : MEMBERS) {
            CliRunner.Run r = CliRunner.in(ws, "review", "member", caseNumber, "--name", m.get(0), "--org", "某单位",
                    "--role", m.get(1), "--create-identity", tmp.resolve(m.get(2)).toString(),
                    "--password-file", pw.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        return pw;
    }
}
