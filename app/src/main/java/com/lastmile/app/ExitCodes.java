package com.lastmile.app;

/** The exit codes of DESIGN.md. */
final class ExitCodes {

    static final int OK = 0;
    static final int ERROR_FINDINGS = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
