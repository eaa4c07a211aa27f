package org.jrw.model.review;

/** One member's view on one review point, with its text and when it was recorded (ISO instant). */
public record MemberView(ReviewPoint point, String memberId, ViewKind kind, String text, String at) {
}
