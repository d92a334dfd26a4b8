package com.lastmile.app;

import com.lastmile.connector.workspace.WorkspaceFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Bad input found while running: a workspace file that does not load (every problem is printed with its
 * file, line and field), an unknown viewer or key. Exit 2; anything else is a bug and propagates.
 */
final class BadInputHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult)
            throws Exception {
        PrintWriter err = command.getErr();
        if (ex instanceof WorkspaceFormatException format) {
            err.println("lastmile: the workspace file was not loaded:");
            format.problems().forEach(problem -> err.println("  " + problem));
            if (format.isTruncated()) {
                err.println("  (more problems not shown)");
            }
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("lastmile: " + ex.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        throw ex;
    }
}
