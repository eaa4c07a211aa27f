package org.jrw.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.training.Exercise;
import org.jrw.logic.training.ExerciseResults;
import org.jrw.logic.training.Scorer;
import org.jrw.logic.training.TrainingService;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code training booklet|exercise|results}: case studies and exercises for training. */
@Command(name = "training", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
        subcommands = {TrainingCommand.Booklet.class, TrainingCommand.Submit.class, TrainingCommand.Results.class,
                TrainingCommand.Material.class})
final class TrainingCommand extends GroupCommand {

    static void write(Path out, byte[] bytes) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new BadInputException("export.out.noFolder", String.valueOf(target.getParent()));
        }
        try {
            Path tmp = Files.createTempFile(target.getParent(), ".jrw-", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BadInputException(e, "export.io", target.toString(), org.jrw.i18n.IoReasons.of(e));
        }
    }

    @Command(name = "booklet", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Booklet extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "trainingopt.booklet.out")
        Path out;

        @Option(names = "--answers", descriptionKey = "trainingopt.booklet.answers")
        boolean answers;

        @Override
        protected Integer run(Workspace ws) throws IOException {
            TrainingService training = new TrainingService(ws, null);
            byte[] pdf = training.booklet(caseRef, answers);
            if (!training.isAnonymized(caseRef)) {
                note(Messages.get("cli.warning", Messages.get("training.booklet.realCase", caseRef)));
            }
            write(out, pdf);
            int pages = org.jrw.logic.evidence.PdfService.pageCount(pdf);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.toAbsolutePath().normalize().toString());
            m.put("pages", pages);
            print(m, Messages.get("training.booklet.done", m.get("file"), pages));
            return 0;
        }
    }

    @Command(name = "exercise", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Submit extends WorkspaceCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--trainee", paramLabel = "NAME", required = true, descriptionKey = "trainingopt.exercise.trainee")
        String trainee;

        @Option(names = "--violated", paramLabel = "PROVISION", descriptionKey = "trainingopt.exercise.violated")
        String violated;

        @Option(names = "--penalty", paramLabel = "PROVISION", descriptionKey = "trainingopt.exercise.penalty")
        String penalty;

        @Option(names = "--circumstances", paramLabel = "CODE", split = ",", descriptionKey = "trainingopt.exercise.circumstances")
        List<String> circumstances = new ArrayList<>();

        @Option(names = "--fine", paramLabel = "N", descriptionKey = "trainingopt.exercise.fine")
        Long fine;

        @Override
        protected Integer run(Workspace ws) {
            Exercise.Answer a = new Exercise.Answer(trainee, violated, penalty,
                    TrainingService.circumstances(circumstances), fine);
            Scorer.Score s = new TrainingService(ws, null).submit(caseRef, a);
            print(s, Messages.get("training.exercise.scored", s.trainee(), s.total()) + "\n"
                    + String.join("\n", s.items().stream().map(i -> i.points() + "/" + i.max() + "  " + i.feedback()).toList()));
            return 0;
        }
    }

    @Command(name = "results", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class Results extends ReadingCommand {
        @Parameters(paramLabel = "CASE", descriptionKey = "case.ref")
        String caseRef;

        @Option(names = "--csv", paramLabel = "FILE.csv", descriptionKey = "trainingopt.results.csv")
        Path csv;

        @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "trainingopt.results.pdf")
        Path pdf;

        @Override
        protected Integer run(Workspace ws) {
            TrainingService t = new TrainingService(ws, null);
            Exercise ex = t.exercise(caseRef);
            List<Scorer.Score> scores = t.results(caseRef);
            if (csv != null) {
                write(csv, ExerciseResults.csv(ex, scores));
            }
            if (pdf != null) {
                write(pdf, ExerciseResults.pdf(ex, scores));
            }
            StringBuilder human = new StringBuilder();
            scores.forEach(s -> human.append(s.trainee()).append('\t').append(s.total()).append('\n'));
            print(Map.of("results", scores), human.toString().stripTrailing());
            return 0;
        }
    }

    /** {@code training material list|build}: built-in material (demo dossier, precedent case studies). */
    @Command(name = "material", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true,
            subcommands = {MaterialList.class, MaterialBuild.class})
    static final class Material extends GroupCommand {
    }

    @Command(name = "list", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class MaterialList extends BaseCommand {
        @Override
        public Integer call() {
            List<org.jrw.logic.training.TrainingMaterial.Item> items = org.jrw.logic.training.TrainingMaterial.list();
            StringBuilder human = new StringBuilder();
            items.forEach(i -> human.append(i.id()).append('\t').append(i.title()).append('\n'));
            print(Map.of("material", items), human.toString().stripTrailing());
            return 0;
        }
    }

    @Command(name = "build", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
    static final class MaterialBuild extends BaseCommand {
        @Parameters(paramLabel = "ID", descriptionKey = "trainingopt.material.id")
        String id;

        @Option(names = "--out", paramLabel = "FILE.jrcase", required = true, descriptionKey = "trainingopt.material.out")
        Path out;

        @Option(names = "--import", descriptionKey = "trainingopt.material.import")
        boolean doImport;

        @Override
        public Integer call() {
            var r = org.jrw.logic.training.TrainingMaterial.build(id, out, org.jrw.logic.task.Progress.NONE);
            r.warnings().forEach(w -> note(Messages.get("cli.warning", w)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", r.file().toString());
            m.put("replaced", r.replaced());
            m.put("warnings", r.warnings());
            if (doImport) {
                try (Workspace ws = Workspace.open(root().workspaceDir())) {
                    var imp = new org.jrw.logic.dossier.DossierService(ws).importPackage(r.file(), false,
                            org.jrw.logic.task.Progress.NONE);
                    m.put("caseId", imp.caseId());
                    m.put("caseNumber", imp.caseNumber());
                }
            }
            print(m, Messages.get("training.material.built", r.file(),
                    org.jrw.logic.training.TrainingMaterial.caseNumber(id)));
            return 0;
        }
    }
}
