package org.jrw.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.evidence.AnnotationService;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annotation add} and {@code annotation list} (shared/spec/cli.md). */
@Command(name = "annotation", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {AnnotationCommand.Add.class, AnnotationCommand.ListAnnotations.class})
final class AnnotationCommand extends GroupCommand {

    @Command(name = "add", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Add extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--target", paramLabel = "ID", required = true, descriptionKey = "annotation.opt.target")
        String target;

        @Option(names = "--author", paramLabel = "NAME", required = true, descriptionKey = "annotation.opt.author")
        String author;

        @Option(names = "--role", paramLabel = "ROLE", required = true, descriptionKey = "annotation.opt.role")
        String role;

        @Option(names = "--note", paramLabel = "TEXT", required = true, descriptionKey = "annotation.opt.note")
        String note;

        @Option(names = "--kind", paramLabel = "K", descriptionKey = "annotation.opt.kind")
        String kind;

        @Option(names = "--page", paramLabel = "N", descriptionKey = "annotation.opt.page")
        Integer page;

        @Option(names = "--rect", paramLabel = "X,Y,W,H", descriptionKey = "annotation.opt.rect")
        String rect;

        @Option(names = "--time", paramLabel = "FROM,TO", descriptionKey = "annotation.opt.time")
        String time;

        @Override
        protected Integer run(Workspace ws) {
            Role r = Role.parse(role).orElseThrow(() -> new BadInputException("annotation.role.invalid", role));
            AnnotationKind k = kind == null ? AnnotationKind.NOTE
                    : AnnotationKind.parse(kind).orElseThrow(() -> new BadInputException("annotation.kind.invalid", kind));
            List<Annotation.Rect> rects = rect == null ? List.of() : List.of(AnnotationService.parseRect(rect));
            double[] t = time == null ? null : AnnotationService.parseTime(time);
            AnnotationService.Draft d = new AnnotationService.Draft(target, page, rects, null, null,
                    t == null ? null : t[0], t == null ? null : t[1], k, note, author, r, null);
            Annotation a = new AnnotationService(ws).add(caseRef, d);
            print(Map.of("annotationId", a.id()), Messages.get("annotation.added", a.id(), a.targetId()));
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class ListAnnotations extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Override
        protected Integer run(Workspace ws) {
            List<Annotation> all = new AnnotationService(ws).list(caseRef);
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (Annotation a : all) {
                if (a.isReply()) {
                    continue;
                }
                rows.add(row(a));
                human.append(a.id()).append('\t').append(a.targetId()).append('\t').append(where(a)).append('\t')
                        .append(a.author()).append(" (").append(a.role().name()).append(")\t")
                        .append(a.kind().name()).append('\t').append(a.status().name().toLowerCase(java.util.Locale.ROOT))
                        .append('\t').append(a.note().replace('\n', ' ')).append('\n');
            }
            if (rows.isEmpty()) {
                human.append(Messages.get("annotation.list.empty"));
            }
            print(Map.of("annotations", rows), human.toString().stripTrailing());
            return 0;
        }

        private static String where(Annotation a) {
            if (a.page() != null) {
                return "p." + a.page();
            }
            if (a.hasTime()) {
                return a.timeFrom() + "–" + a.timeTo() + "s";
            }
            return "—";
        }
    }

    /** One annotation as the contract's JSON object. */
    static Map<String, Object> row(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("target", a.targetId());
        m.put("author", a.author());
        m.put("role", a.role().name());
        m.put("kind", a.kind().name());
        m.put("note", a.note());
        m.put("page", a.page());
        m.put("rect", a.rects().isEmpty() ? null : a.rects().get(0).asList());
        m.put("time", a.hasTime() ? List.of(a.timeFrom(), a.timeTo()) : null);
        m.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }
}
