package com.lastmile.app;

/** The shipped sample workspace and the as-of date of the README tour. */
final class Sample {

    static final String FILE = "../samples/sample-workspace.yaml";
    static final String AS_OF = "2026-06-29";

    private Sample() {
    }
}
