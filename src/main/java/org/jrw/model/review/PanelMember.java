package org.jrw.model.review;

import org.jrw.model.Role;

/**
 * A member of the review panel. {@code certificateSha256} and {@code certificateSubject} identify
 * the member's signing certificate when one was created or imported (never the key or password).
 */
public record PanelMember(String id, String name, String organisation, Role role, String certificateSha256,
                          String certificateSubject) {
}
