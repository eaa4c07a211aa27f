package org.jrw.logic.signing;

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
import org.jrw.model.BadInputException;
import org.jrw.persistence.UserDirs;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * The workstation's own key, which signs the review and response packages and the audit anchors
 * this workspace writes (ADR 0008, 0091): {@code keys/workstation.p12} under the workspace,
 * protected by a random 256-bit secret kept OUTSIDE the workspace, in the user's configuration
 * folder ({@code keys/workstation-<fingerprint of the .p12>.secret}, owner-only 0600 in a 0700
 * folder where the file system has POSIX permissions). Whoever can copy or write the workspace
 * folder therefore does not get the key's password with it. Created on first use, then kept; a
 * secret left beside the key by an older version is moved to the configuration folder. The
 * certificate (CN = the user's name, OU = role) travels inside every package.
 */
public final class WorkstationIdentity {
    static final String DIR = "keys";
    static final String P12 = "workstation.p12";
    /** Where versions before issue 21 kept the secret: beside the key, inside the workspace. */
    static final String LEGACY_SECRET = "workstation.secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkstationIdentity() {
    }

    public static Path keystore(Workspace ws) {
        return ws.dir().resolve(DIR).resolve(P12);
    }

    /** The secret's file in the user's configuration folder for this key file (named by its SHA-256). */
    public static Path secretFile(Path p12) throws IOException {
        String sha = Vault.hash(p12);
        return UserDirs.config().resolve(DIR).resolve("workstation-" + sha.substring(0, 32) + ".secret");
    }

    /** Loads the workstation identity, creating it first if the workspace has none. */
    public static synchronized SigningIdentity loadOrCreate(Workspace ws) {
        Path dir = ws.dir().resolve(DIR);
        Path p12 = dir.resolve(P12);
        Path legacy = dir.resolve(LEGACY_SECRET);
        try {
            if (!Files.exists(p12)) {
                createDir(dir);
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                String pw = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
                Actor a = Actor.current();
                char[] chars = pw.toCharArray();
                try {
                    Identities.create(a.name() + "（工作站）", null, a.role(), p12, chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
                restrict(p12);
                Path secret = secretFile(p12);
                createDir(secret.getParent());
                writeOwnerOnly(secret, pw.getBytes(StandardCharsets.US_ASCII));
            }
            Path secret = secretFile(p12);
            if (!Files.exists(secret) && Files.isRegularFile(legacy)) {
                // an older workspace: move the secret out of the workspace
                createDir(secret.getParent());
                writeOwnerOnly(secret, Files.readAllBytes(legacy));
                Files.delete(legacy);
            } else if (Files.exists(secret)) {
                Files.deleteIfExists(legacy);
            }
            if (!Files.isRegularFile(secret)) {
                throw new BadInputException("seats.workstation.secretMissing", p12.toString(), secret.toString());
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

    /** The workstation certificate if the workspace has a key already (never creates one), else null. */
    public static java.security.cert.X509Certificate existingCertificate(Workspace ws) {
        if (!Files.isRegularFile(keystore(ws))) {
            return null;
        }
        return loadOrCreate(ws).certificate();
    }

    private static void createDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): the folder as the user has it
            Files.createDirectories(dir);
        }
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // there already: its permissions narrowed below
            restrict(file);
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): a plain file
            Files.deleteIfExists(file);
            Files.createFile(file);
        }
        Files.write(file, content);
        restrict(file);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException | IOException failure) {
            org.slf4j.LoggerFactory.getLogger(WorkstationIdentity.class)
                    .warn("file {} not restricted to its owner", file, failure);
            // not a POSIX file system: the user's profile folder protects it
        }
    }
}
