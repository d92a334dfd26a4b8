package com.lastmile.app.serve;

import com.lastmile.web.port.CallerResolver;
import com.lastmile.web.port.CheckpointRecorder;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.rest.RestComponents;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The preview server: the REST API on Jersey 2 over a workspace file (or a live Jira), the dashboard page and the
 * gadget files, all on the JDK's own HTTP server (no servlet container: the preview is a single local user's tool).
 * <ul>
 *   <li>{@code /rest/lastmile/1.0/…}: the resources of {@code web} plus {@code /people};</li>
 *   <li>{@code /static/lastmile/…}: the gadget scripts and styles, classpath {@code lastmile/};</li>
 *   <li>{@code /…}: the dashboard page, classpath {@code preview/} ({@code index.html} for {@code /}).</li>
 * </ul>
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a stop waits for requests in flight. */
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final int BACKLOG = 128;
    /** Jersey warns at start that optional javax.activation support is absent; the preview needs none. */
    private static final Logger OPTIONAL_PROVIDERS = Logger.getLogger(
            "org.glassfish.jersey.message.internal.MessagingBinders");

    static {
        OPTIONAL_PROVIDERS.setLevel(Level.SEVERE);
        // the JDK server writes a response's headers and body separately; without TCP_NODELAY the second write
        // waits for the client's delayed ACK, some 40 ms per response. Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final JdkHttpHandlerContainer rest;
    private final ExecutorService workers;
    private final InFlightRequests inFlight;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(HttpServer http, JdkHttpHandlerContainer rest, ExecutorService workers,
                          InFlightRequests inFlight) {
        this.http = http;
        this.rest = rest;
        this.workers = workers;
        this.inFlight = inFlight;
    }

    /**
     * Serves the workspace file on the loopback address, in English by default, on the system clock.
     *
     * @param port 0 for any free port
     */
    public static PreviewServer start(Path workspace, int port) {
        try {
            return start(WorkspaceStore.open(workspace), new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    Locale.ENGLISH, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws IOException when the address cannot be bound (in use, not local, not permitted)
     */
    public static PreviewServer start(WorkspaceStore store, InetSocketAddress address, Locale defaultLocale,
                                      Clock clock) throws IOException {
        return start(PreviewHost.of(store, defaultLocale), address, clock);
    }

    /**
     * Serves the REST resources over the given host's ports.
     *
     * @throws IOException when the address cannot be bound (in use, not local, not permitted)
     */
    public static PreviewServer start(PreviewHost host, InetSocketAddress address, Clock clock) throws IOException {
        HttpServer http = HttpServer.create(address, BACKLOG);
        JdkHttpHandlerContainer rest = ContainerFactory.createContainer(JdkHttpHandlerContainer.class,
                application(host, clock));
        ClassLoader classes = PreviewServer.class.getClassLoader();
        InFlightRequests inFlight = new InFlightRequests();
        http.createContext(RestComponents.BASE_PATH + "/", rest).getFilters().add(inFlight);
        http.createContext("/static/lastmile/", new StaticFiles(classes, "lastmile/", null)).getFilters().add(inFlight);
        http.createContext("/", new StaticFiles(classes, "preview/", "index.html")).getFilters().add(inFlight);
        // the JDK server handles requests on its dispatcher thread unless given workers
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        http.setExecutor(workers);
        http.start();
        rest.getApplicationHandler().onStartup(rest);
        return new PreviewServer(http, rest, workers, inFlight);
    }

    private static ResourceConfig application(PreviewHost host, Clock clock) {
        return new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .registerClasses(RestComponents.resources())
                .registerClasses(RestComponents.providers())
                .register(new PeopleResource(host.callers(), host.people()))
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(host.callers()).to(CallerResolver.class);
                        bind(host.scopes()).to(ScopeProvider.class);
                        bind(host.recorder()).to(CheckpointRecorder.class);
                        bind(clock).to(Clock.class);
                    }
                });
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** The dashboard's address; a wildcard bind address is shown as the loopback address. */
    public URI uri() {
        InetAddress address = http.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? InetAddress.getLoopbackAddress().getHostAddress()
                : address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Blocks until the server is stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops taking requests, lets those in flight finish for a short grace period, then shuts Jersey down. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        try {
            inFlight.drain(GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        rest.getApplicationHandler().onShutdown(rest);
        workers.shutdownNow();
        stopped.countDown();
    }
}
