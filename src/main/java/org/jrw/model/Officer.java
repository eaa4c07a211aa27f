package org.jrw.model;

/** An enforcement officer who handled the case, with the law-enforcement certificate number. */
public record Officer(String name, String certificateNo, Extra extra) {
}
