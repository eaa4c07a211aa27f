package org.jrw.cli;

import org.jrw.i18n.Messages;
import picocli.CommandLine;

/** A command that only groups subcommands ({@code case}, {@code audit} …): alone it is a usage error. */
abstract class GroupCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.get("cli.command.missing"));
    }
}
