package com.lastmile.jira.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the setup did, for the Jira log: admins read there why a type or field is missing. */
class SetupLog {

    private static final Logger LOG = LoggerFactory.getLogger("com.lastmile.jira.lifecycle");

    void created(String what) {
        LOG.info("Last Mile created {}", what);
    }

    void skipped(String what, String why) {
        LOG.warn("Last Mile could not create {}: {}", what, why);
    }

    void failed(String what, Exception cause) {
        LOG.error("Last Mile failed to create {}", what, cause);
    }
}
