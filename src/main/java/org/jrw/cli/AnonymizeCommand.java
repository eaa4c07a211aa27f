package org.jrw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.i18n.Messages;
import org.jrw.logic.task.Progress;
import org.jrw.logic.training.Anonymizer;
import org.jrw.logic.training.LeakException;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anonymize CASE --out FILE.jrcase}: a de-identified copy of a case for training. */
@Command(name = "anonymize", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class AnonymizeCommand extends ReadingCommand {
    private static final Pattern BLUR = Pattern.compile("^([^:]+):(\\d+),(\\d+),(\\d+),(\\d+)$");

    @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
    String caseRef;

    @Option(names = "--out", paramLabel = "FILE.jrcase", required = true, descriptionKey = "anonymize.out")
    Path out;

    @Option(names = "--shift-days", paramLabel = "N", defaultValue = "0", descriptionKey = "anonymize.shiftDays")
    int shiftDays;

    @Option(names = "--blur", paramLabel = "EVIDENCE:X,Y,W,H", descriptionKey = "anonymize.blur")
    List<String> blur = new ArrayList<>();

    @Override
    protected Integer run(Workspace ws) {
        Map<String, List<Anonymizer.Region>> regions = new HashMap<>();
        for (String b : blur) {
            Matcher m = BLUR.matcher(b.strip());
            if (!m.matches()) {
                throw new BadInputException("training.anonymize.blur.invalid", b);
            }
            regions.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Anonymizer.Region(
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5))));
        }
        if (Math.abs(shiftDays) > 36_500) {
            throw new BadInputException("training.anonymize.shift.invalid", shiftDays);
        }
        Anonymizer.Result r;
        try {
            r = new Anonymizer(ws).anonymize(caseRef, out, new Anonymizer.Options(shiftDays, null, regions),
                    Progress.NONE);
        } catch (LeakException e) {
            e.leaks().forEach(l -> note(Messages.get("training.leak.item", l.identifier(),
                    Messages.get("training.kind." + l.kind()), l.where())));
            throw new VerificationFailedException(e.getMessage());
        }
        r.warnings().forEach(w -> note(Messages.get("cli.warning", w)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file().toString());
        m.put("replaced", r.replaced());
        m.put("warnings", r.warnings());
        print(m, Messages.get("training.anonymize.done", r.file(), r.replaced()));
        return 0;
    }
}
