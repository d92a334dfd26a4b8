package com.lastmile.connector.jira.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** How the connector authenticates: never printed, never logged ({@code toString} hides the secret). */
public sealed interface Credentials {

    /** The value of the {@code Authorization} header. */
    String authorization();

    /** Jira Cloud: the account's e-mail and an API token, sent as HTTP basic authentication. */
    record ApiToken(String email, String token) implements Credentials {
        public ApiToken {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String authorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "ApiToken[email=" + email + ", token=***]";
        }
    }

    /** Jira Data Center: a personal access token, sent as a bearer token. */
    record PersonalAccessToken(String token) implements Credentials {
        public PersonalAccessToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public String toString() {
            return "PersonalAccessToken[***]";
        }
    }
}
