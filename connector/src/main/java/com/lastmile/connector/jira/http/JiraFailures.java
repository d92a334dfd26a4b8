package com.lastmile.connector.jira.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Turns a failed call into a {@link JiraException} whose message names the call, says what happened in plain words
 * and carries Jira's own messages verbatim. Messages are built from the status, the body and the exception only,
 * never from request headers, so credentials cannot end up in them.
 */
final class JiraFailures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTED_BODY_LENGTH = 200;
    /** Answered by a gateway rather than by Jira: the request may have reached Jira and been applied. */
    private static final Set<Integer> GATEWAY_FAILURES = Set.of(502, 504);
    private static final String OUTCOME_UNKNOWN = ". Jira may or may not have applied it; it was not resent,"
            + " so check in Jira before trying again";

    private final TransportSettings settings;

    JiraFailures(TransportSettings settings) {
        this.settings = settings;
    }

    /** @param note why retrying stopped, or empty */
    JiraException failed(JiraRequest request, Outcome outcome, String note) {
        String suffix = note.isEmpty() ? "" : "; " + note;
        if (outcome instanceof Outcome.Answer answer) {
            return failedWith(request, answer, suffix);
        }
        return failedWithout(request, (Outcome.NoAnswer) outcome, suffix);
    }

    JiraException notJson(JiraRequest request, Outcome.Answer answer, JacksonException cause) {
        String body = answer.body().strip().replaceAll("\\s+", " ");
        String quoted = body.length() <= QUOTED_BODY_LENGTH ? body : body.substring(0, QUOTED_BODY_LENGTH) + "…";
        String applied = request.retrySafe() ? "" : ". Jira accepted the request, so do not send it again";
        return new JiraException(request.describe() + ": the response (HTTP " + answer.status()
                + ") was not JSON: \"" + quoted + "\"" + applied, answer.status(), List.of(), false, cause);
    }

    JiraException interrupted(JiraRequest request, InterruptedException cause) {
        return new JiraException(request.describe() + ": interrupted while waiting to try again", 0, List.of(),
                false, cause);
    }

    private JiraException failedWith(JiraRequest request, Outcome.Answer answer, String suffix) {
        Map<Integer, List<String>> byElement = new TreeMap<>();
        List<String> jiraMessages = jiraMessages(answer.body(), byElement);
        boolean outcomeUnknown = !request.retrySafe() && GATEWAY_FAILURES.contains(answer.status());
        String message = request.describe() + " failed with HTTP " + answer.status() + " (" + explain(answer) + ")"
                + suffix + (outcomeUnknown ? OUTCOME_UNKNOWN : "")
                + (jiraMessages.isEmpty() ? "" : ". Jira says: " + String.join("; ", jiraMessages));
        return new JiraException(message, answer.status(), jiraMessages, byElement, outcomeUnknown, null);
    }

    private JiraException failedWithout(JiraRequest request, Outcome.NoAnswer noAnswer, String suffix) {
        boolean outcomeUnknown = !request.retrySafe() && !noAnswer.neverSent();
        String message = request.describe() + " failed: " + explain(noAnswer) + suffix
                + (outcomeUnknown ? OUTCOME_UNKNOWN : "");
        return new JiraException(message, 0, List.of(), outcomeUnknown, noAnswer.cause());
    }

    private static String explain(Outcome.Answer answer) {
        int status = answer.status();
        if (status / 100 == 3) {
            return "redirected to " + answer.header("Location").orElse("an unnamed address")
                    + "; redirects are not followed, so check the site URL";
        }
        return switch (status) {
            case 400 -> "Jira rejected the request as invalid";
            case 401 -> "credentials rejected: check the e-mail and API token (Jira Cloud)"
                    + " or the personal access token (Data Center)";
            case 403 -> "forbidden: the user lacks permission for this";
            case 404 -> "not found: the site URL is wrong, or the resource does not exist or is not visible to"
                    + " this user";
            case 429 -> "rate limited: Jira refused the request because too many were sent";
            case 502 -> "bad gateway: the proxy in front of Jira got no valid answer from it";
            case 503 -> "Jira is unavailable";
            case 504 -> "gateway timeout: the proxy in front of Jira got no answer from it in time";
            default -> status >= 500 ? "an error inside Jira" : "Jira refused the request";
        };
    }

    private String explain(Outcome.NoAnswer noAnswer) {
        IOException cause = noAnswer.cause();
        if (cause instanceof ConnectTimeoutException) {
            return "could not connect within " + DurationText.of(settings.connectTimeout())
                    + " (the connect timeout)";
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer within " + DurationText.of(settings.responseTimeout()) + " (the response timeout)";
        }
        if (cause instanceof UnknownHostException) {
            return "host not found (" + cause.getMessage() + "); check the site URL";
        }
        if (cause instanceof ConnectException) {
            return "could not connect (" + cause.getMessage() + ")";
        }
        if (noAnswer.tlsRefused()) {
            return "the TLS handshake failed (" + cause.getMessage() + "): the site's certificate must match its host"
                    + " name and be trusted by this Java runtime (a private CA goes into a trust store named by"
                    + " -Djavax.net.ssl.trustStore)";
        }
        return "the connection failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }

    /** Jira's {@code errorMessages} and {@code errors} ("field: message"), else its {@code message}, as sent. */
    private static List<String> jiraMessages(String body, Map<Integer, List<String>> byElement) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JacksonException notJson) {
            return List.of();
        }
        List<String> messages = new ArrayList<>();
        if (!json.isObject()) {
            return messages;
        }
        addMessages(json, "", messages);
        for (JsonNode element : json.path("errors").isArray() ? json.path("errors") : List.<JsonNode>of()) {
            int number = element.path("failedElementNumber").asInt();
            List<String> own = new ArrayList<>();
            addMessages(element.path("elementErrors"), "", own);
            byElement.put(number, List.copyOf(own));
            own.forEach(text -> messages.add("issue " + number + ": " + text));
        }
        if (messages.isEmpty() && json.path("message").isTextual()) {
            messages.add(json.path("message").asText());
        }
        return messages;
    }

    /** One error collection; a bulk call's per-issue collections sit in an {@code errors} array instead. */
    private static void addMessages(JsonNode collection, String prefix, List<String> messages) {
        collection.path("errorMessages").forEach(message -> messages.add(prefix + text(message)));
        if (collection.path("errors").isObject()) {
            collection.path("errors").properties()
                    .forEach(field -> messages.add(prefix + field.getKey() + ": " + text(field.getValue())));
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }
}
