package com.lastmile.connector.jira.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Decides, after a failed attempt, whether to try the call again and how long to wait first. Pure: the clock and
 * the random source are injected, and the waiting itself is the caller's.
 *
 * <ul>
 *   <li>429 (rate limited) is retried for every request, creates included: Jira refused it before doing anything.
 *   <li>502, 503 and 504, a refused or broken connection and timeouts are retried only for retry-safe requests
 *       ({@link JiraRequest#retrySafe()}). A create is never resent after them, because Jira may have applied it.
 *   <li>An unknown host and a rejected TLS certificate are never retried: waiting does not fix them.
 *   <li>The wait is the one Jira asked for ({@link AskedWait}), else exponential backoff with full jitter: a
 *       uniformly random wait below min(maxBackoff, baseDelay × 2^(failed attempts − 1)), so that many clients
 *       refused at once do not come back at once.
 *   <li>At most {@link RetrySettings#maxAttempts()} attempts. When Jira asks for a wait longer than
 *       {@link RetrySettings#maxWait()} the call fails at once, saying how long Jira asked to wait.
 * </ul>
 */
final class RetryPolicy {

    private static final int TOO_MANY_REQUESTS = 429;
    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);

    private final RetrySettings settings;
    private final Clock clock;
    private final RandomGenerator random;

    RetryPolicy(RetrySettings settings, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    /** What to do after a failed attempt. */
    sealed interface Decision {

        record Retry(Duration delay) implements Decision {
        }

        /** @param note why retrying stopped, for the error message; empty when the failure is not retried at all */
        record GiveUp(String note) implements Decision {
        }
    }

    /**
     * @param outcome the failed attempt's outcome: a non-2xx answer or no answer
     * @param attemptsMade attempts so far, the failed one included
     */
    Decision decide(JiraRequest request, Outcome outcome, int attemptsMade) {
        if (!retryable(request, outcome)) {
            return new Decision.GiveUp("");
        }
        Optional<AskedWait> asked = outcome instanceof Outcome.Answer answer
                ? AskedWait.of(answer, clock.instant()) : Optional.empty();
        if (asked.isPresent() && asked.get().delay().compareTo(settings.maxWait()) > 0) {
            return new Decision.GiveUp("Jira asked to wait " + DurationText.of(asked.get().delay()) + " ("
                    + asked.get().header() + ") before trying again, longer than the "
                    + DurationText.of(settings.maxWait()) + " this client waits; try again later");
        }
        if (attemptsMade >= settings.maxAttempts()) {
            return new Decision.GiveUp("gave up after " + attemptsMade
                    + (attemptsMade == 1 ? " attempt" : " attempts"));
        }
        return new Decision.Retry(asked.map(AskedWait::delay).orElseGet(() -> backoff(attemptsMade)));
    }

    private static boolean retryable(JiraRequest request, Outcome outcome) {
        if (outcome instanceof Outcome.Answer answer) {
            return answer.status() == TOO_MANY_REQUESTS || request.retrySafe() && UNAVAILABLE.contains(answer.status());
        }
        return request.retrySafe() && !((Outcome.NoAnswer) outcome).permanent();
    }

    private Duration backoff(int attemptsMade) {
        double ceilingMillis = Math.min(settings.maxBackoff().toMillis(),
                settings.baseDelay().toMillis() * Math.pow(2, attemptsMade - 1));
        return Duration.ofMillis((long) (ceilingMillis * random.nextDouble()));
    }
}
