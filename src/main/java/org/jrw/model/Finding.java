package org.jrw.model;

import java.util.List;

/**
 * One result of a legality or completeness check. {@code code} is stable (see the CLI contract);
 * {@code category} is one of 主体, 事实证据, 法律适用, 裁量, 程序, 文书; {@code basis} names the rule
 * it rests on; {@code refs} lists the ids concerned (violation, document, evidence, party).
 */
public record Finding(String code, Severity severity, String category, String message, String basis,
                      List<String> refs) {
}
