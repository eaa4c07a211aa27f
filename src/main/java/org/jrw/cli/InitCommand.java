package org.jrw.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.logic.demo.DemoContent;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", resourceBundle = "i18n.cli", mixinStandardHelpOptions = true)
final class InitCommand extends WorkspaceCommand {
    @Option(names = "--demo", descriptionKey = "init.demo")
    boolean demo;

    @Override
    protected Integer run(Workspace ws) {
        if (demo) {
            DemoContent.loadDemoDossier(ws, Progress.NONE);
            DemoContent.loadPrecedents(ws, Progress.NONE);
        }
        int cases = new DossierService(ws).count();
        int precedents = DemoContent.precedentCount(ws);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("workspace", ws.dir().toString());
        r.put("cases", cases);
        r.put("precedents", precedents);
        print(r, Messages.get("init.done", ws.dir(), cases, precedents));
        return 0;
    }
}
