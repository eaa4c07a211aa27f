package org.jrw.cli;

/**
 * A command that only reads its workspace: it runs read-only while another process holds the workspace
 * (see {@link WorkspaceCommand}).
 */
public abstract class ReadingCommand extends WorkspaceCommand {
    @Override
    protected final boolean readOnly() {
        return true;
    }
}
