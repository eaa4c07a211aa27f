package org.jrw.model.meeting;

import org.jrw.model.Role;

/**
 * A person at a joint review meeting: a panel member ({@code memberId} set) or the chair and the
 * recorder, with the role they sit in.
 */
public record Attendee(String name, Role role, String organisation, String memberId) {
}
