package com.lastmile.app;

import com.lastmile.app.jira.JiraOpener;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line as {@link LastMile#run} does, with the given way to Jira behind audit, serve or retro. */
final class JiraCli {

    private JiraCli() {
    }

    static Cli run(JiraOpener opener, String... args) {
        CommandLine commandLine = new CommandLine(new LastMile());
        Object command = commandLine.getSubcommands().get(args[0]).getCommand();
        if (command instanceof AuditCommand audit) {
            audit.opener = opener;
        } else if (command instanceof ServeCommand serve) {
            serve.opener = opener;
        } else if (command instanceof RetroCommand retro) {
            retro.opener = opener;
        } else {
            throw new IllegalArgumentException(args[0] + " does not reach Jira");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionExceptionHandler(new BadInputHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
