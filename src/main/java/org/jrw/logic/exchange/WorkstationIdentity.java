package org.jrw.logic.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import org.jrw.logic.audit.Actor;
import org.jrw.logic.signing.Identities;
import org.jrw.logic.signing.SigningIdentity;
import org.jrw.persistence.Workspace;

/**
 * The workstation's own key, which signs the review and response packages this workspace writes
 * (ADR 0008): {@code keys/workstation.p12} under the workspace, protected by a random 256-bit
 * secret in {@code keys/workstation.secret}. Both files are owner-only (0600, folder 0700) where
 * the file system supports POSIX permissions. Created on first use, then kept; the secret never
 * leaves the workspace and is never logged. The certificate (CN = the user's name, OU = role)
 * travels inside every package, so the receiver can see who sent it.
 */
public final class WorkstationIdentity {
    static final String DIR = "keys";
    static final String P12 = "workstation.p12";
    static final String SECRET = "workstation.secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkstationIdentity() {
    }

    public static Path keystore(Workspace ws) {
        return ws.dir().resolve(DIR).resolve(P12);
    }

    /** Loads the workstation identity, creating it first if the workspace has none. */
    public static synchronized SigningIdentity loadOrCreate(Workspace ws) {
        Path dir = ws.dir().resolve(DIR);
        Path p12 = dir.resolve(P12);
        Path secret = dir.resolve(SECRET);
        try {
            if (!Files.exists(p12)) {
                createDir(dir);
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
                writeOwnerOnly(secret, pw.getBytes(StandardCharsets.US_ASCII));
                Actor a = Actor.current();
                char[] chars = pw.toCharArray();
                try {
                    Identities.create(a.name() + "（工作站）", null, a.role(), p12, chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
                restrict(p12);
            }
            char[] pw = Identities.readPasswordFile(secret);
            try {
                return Identities.load(p12, pw);
            } finally {
                Arrays.fill(pw, '\0');
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the workstation key in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void createDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            restrict(file);
        } catch (UnsupportedOperationException e) {
            Files.deleteIfExists(file);
            Files.createFile(file);
        }
        Files.write(file, content);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the user's profile folder protects it
        }
    }
}
