package com.lastmile.connector.jira.http;

import java.time.Duration;

/** Waits before a retry; tests record the waits instead of spending them. */
@FunctionalInterface
interface Sleeper {

    Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis());

    void sleep(Duration delay) throws InterruptedException;
}
