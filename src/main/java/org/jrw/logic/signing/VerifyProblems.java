package org.jrw.logic.signing;

import java.util.Arrays;
import org.jrw.i18n.Messages;
import org.jrw.logic.pdf.OpinionPdf;
import org.jrw.model.Role;

/**
 * A verification problem ({@code key:arg:…} of {@link OpinionVerifier.Report#problems()}) as the user reads
 * it: a signature field of the opinion is named by its signer and role (王建国（执法业务骨干）), or by the
 * role's seat when nobody signed it, never by its internal field name ({@code jrw-sig-1-OFFICER}).
 */
public final class VerifyProblems {
    private VerifyProblems() {
    }

    public static String message(String problem, OpinionVerifier.Report report) {
        String[] parts = problem.split(":", -1);
        Object[] args = Arrays.copyOfRange(parts, 1, parts.length);
        if (!parts[0].endsWith(".foreignSignature")) {
            for (int i = 0; i < args.length; i++) {
                args[i] = label((String) args[i], report);
            }
        }
        return Messages.get(parts[0], args);
    }

    /** An opinion's signature field by its signer and role; any other argument unchanged. */
    static String label(String arg, OpinionVerifier.Report report) {
        if (arg == null || !arg.startsWith(OpinionPdf.FIELD_PREFIX)) {
            return arg;
        }
        int dash = arg.lastIndexOf('-');
        Role role = dash < 0 ? null : Role.parse(arg.substring(dash + 1)).orElse(null);
        String signer = report == null ? null : report.signatures().stream().filter(e -> arg.equals(e.field()))
                .map(OpinionVerifier.Entry::signer).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
        if (role == null) {
            return signer == null ? arg : signer;
        }
        String roleName = Messages.get("role." + role.name());
        return signer == null ? Messages.get("fixes.verify.seat", roleName) : Messages.get("fixes.verify.signer", signer, roleName);
    }
}
