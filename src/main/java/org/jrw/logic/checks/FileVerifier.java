package org.jrw.logic.checks;

import java.util.Optional;

/**
 * Re-hashes a stored file: present and matching ({@code true}), present and altered
 * ({@code false}), or absent (empty). The workspace's evidence vault is one.
 */
@FunctionalInterface
public interface FileVerifier {
    Optional<Boolean> verify(String sha256, String file);
}
