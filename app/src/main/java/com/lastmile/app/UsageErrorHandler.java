package com.lastmile.app;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Wrong options or parameters: say what is wrong and how to get help, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("lastmile: " + ex.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCodes.BAD_INPUT;
    }
}
