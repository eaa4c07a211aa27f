import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.intake.Choices;
import org.jrw.logic.intake.IntakeScan;
import org.jrw.logic.intake.IntakeService;
import org.jrw.logic.intake.Proposal;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;

/**
 * Intake as the window runs it (issue 18): phase one up to the classification list (every file
 * staged and hashed, cheap text read, types proposed, fields proposed from that text), then phase
 * two (text recognition of pictures and scans). Prints the wall-clock instants (epoch ms) at which
 * the list and the recognised fields are ready, so the caller measures from before the JVM starts.
 * Usage: java -cp target/jrw.jar:CLASSES IntakeListBench WORKSPACE [FOLDER] (without FOLDER: only creates
 * the workspace, done before the timing)
 */
public class IntakeListBench {
    public static void main(String[] args) {
        long main = System.currentTimeMillis();
        if (args.length == 1) { // create the workspace once, outside the timing (a user intakes into an open one)
            Workspace.open(Path.of(args[0])).close();
            return;
        }
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            long opened = System.currentTimeMillis();
            IntakeService s = new IntakeService(ws);
            IntakeScan scan = s.scan(List.of(Path.of(args[1])), Progress.NONE);
            Proposal p = s.propose(scan, new Choices());
            long list = System.currentTimeMillis();
            int queued = scan.queuedForOcr().size();
            s.recognise(scan, Progress.NONE, i -> { });
            Proposal q = s.propose(scan, new Choices());
            long ocr = System.currentTimeMillis();
            System.out.println("MAIN " + main + " WORKSPACE " + opened);
            System.out.println("LIST " + list + " files " + scan.files().size() + " fields " + p.fields().size());
            System.out.println("OCR " + ocr + " queued " + queued + " fields " + q.fields().size());
            scan.discard();
        }
    }
}
