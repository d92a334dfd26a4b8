package com.lastmile.connector.jira.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** What one attempt at a call produced: an answer with a status, or no answer at all. */
sealed interface Outcome {

    /**
     * An HTTP answer.
     *
     * @param headers by name in lower case; of a header sent several times (in any case), the first value
     * @param body the body as text, empty when there is none
     */
    record Answer(int status, Map<String, String> headers, String body) implements Outcome {

        public Answer {
            Map<String, String> byLowerCaseName = new LinkedHashMap<>();
            headers.forEach((name, value) -> byLowerCaseName.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
            headers = Collections.unmodifiableMap(byLowerCaseName);
        }

        boolean successful() {
            return status / 100 == 2;
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /** No answer: the host was not found, the connection failed or broke, or the answer did not come in time. */
    record NoAnswer(IOException cause) implements Outcome {

        /** The failure came before the request could leave this machine, so Jira cannot have seen it. */
        boolean neverSent() {
            return cause instanceof UnknownHostException || cause instanceof ConnectException
                    || cause instanceof ConnectTimeoutException || tlsRefused();
        }

        /** The host is unknown or its certificate was not accepted: waiting does not change that. */
        boolean permanent() {
            return cause instanceof UnknownHostException || tlsRefused();
        }

        /** The site's certificate or host name was not accepted. */
        boolean tlsRefused() {
            return cause instanceof SSLHandshakeException || cause instanceof SSLPeerUnverifiedException;
        }
    }
}
