package com.lastmile.connector.jira.http;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient behind {@link HttpJiraTransport}.
 *
 * <ul>
 *   <li>TLS uses the JVM's default trust store and checks host names; there is no way to turn that off.
 *   <li>HttpClient's own retries are off: {@link RetryPolicy} alone decides, since only it knows which requests are
 *       safe to resend.
 *   <li>Redirects are not followed, so the {@code Authorization} header never travels to another address; a
 *       redirect fails the call with its target named.
 *   <li>Proxies come from the usual JVM system properties ({@code https.proxyHost}, ...).
 * </ul>
 */
final class JiraHttpClients {

    /** A pooled connection idle this long is checked before reuse, since a request on a dead one is not retried. */
    private static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofSeconds(1);

    private JiraHttpClients() {
    }

    static CloseableHttpClient create(TransportSettings settings) {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(timeout(settings.connectTimeout()))
                .setSocketTimeout(timeout(settings.responseTimeout()))
                .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                .build();
        RequestConfig requests = RequestConfig.custom()
                .setConnectionRequestTimeout(timeout(settings.connectTimeout()))
                .setResponseTimeout(timeout(settings.responseTimeout()))
                .build();
        return HttpClients.custom()
                .useSystemProperties()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                        .setDefaultConnectionConfig(connections)
                        .build())
                .setDefaultRequestConfig(requests)
                .setUserAgent(settings.userAgent())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .build();
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.ofMilliseconds(duration.toMillis());
    }
}
