package com.lastmile.connector.workspace;

/** Where the parsers report what is wrong with the file, so that reading can go on and find more. */
@FunctionalInterface
interface ProblemSink {

    /**
     * @param line 1-based line of the offending token
     * @param field path of the field, relative to whatever the sink stands for
     * @param message what was expected and what was found
     */
    void report(int line, String field, String message);
}
