package com.lastmile.bench;

import com.lastmile.app.serve.PreviewServer;
import com.lastmile.app.serve.WorkspaceStore;
import com.lastmile.connector.workspace.WorkspaceWriter;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Workspace;
import com.lastmile.core.query.Subtree;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load test of the preview server ({@code lastmile serve}): the server runs in-process on the loopback address
 * over a generated workspace written to a temporary file; {@code clients} concurrent clients (plain
 * {@link java.net.http.HttpClient}, one connection each) alternate {@code GET /tree} of a root campaign, one
 * page of 50 at a random offset, and {@code GET /review?limit=50}, as four different viewers. A warm-up phase is
 * discarded; the measured phase ends after {@code --seconds} or {@code --max-requests}, whichever comes first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar com.lastmile.bench.LoadBenchmark [--items 10000]
 * [--clients 32] [--warmup-seconds 15] [--seconds 30] [--max-requests 200000]}. Exit code 1 when any request
 * failed.
 */
public final class LoadBenchmark {

    /** Rows per page of both requests: what a dashboard gadget asks for. */
    static final int PAGE = 50;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        PrintStream out = System.out;
        Workspace workspace = WorkspaceGenerator.generate(options.items(), WorkspaceGenerator.DEFAULT_SEED);
        Path file = Files.createTempFile("lastmile-load-", ".yaml");
        try {
            new WorkspaceWriter().write(workspace, file);
            Clock asOf = Clock.fixed(WorkspaceGenerator.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            try (PreviewServer server = PreviewServer.start(WorkspaceStore.open(file),
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Locale.ENGLISH, asOf)) {
                List<LoadClient.Request> requests = requests(workspace);
                LoadRun run = new LoadRun(server.port(), options.clients(), requests);
                out.printf("Load benchmark: %d items, %d clients, %d request kinds, server on port %d%n",
                        options.items(), options.clients(), requests.size(), server.port());
                out.printf("warm-up %d s …%n", options.warmup().toSeconds());
                run.run(options.warmup(), Long.MAX_VALUE);
                out.printf("measuring up to %d s or %d requests …%n", options.measure().toSeconds(),
                        options.maxRequests());
                LatencyReport report = run.run(options.measure(), options.maxRequests());
                report.print(out);
                if (report.errors() > 0) {
                    System.exit(1);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The request mix: for every campaign the most restricted viewer may browse, its subtree pages; the review.
     * Viewers: everyone, the outsider who sees no restricted subtree, and two ordinary staff members.
     */
    static List<LoadClient.Request> requests(Workspace workspace) throws IOException {
        List<String> viewers = new ArrayList<>();
        viewers.add(null);
        viewers.add(WorkspaceGenerator.OUTSIDER);
        viewers.add("user02");
        viewers.add("user03");
        Scope outsider = Scope.asViewer(workspace, WorkspaceGenerator.OUTSIDER);
        List<LoadClient.Request> requests = new ArrayList<>();
        for (Item campaign : outsider.items()) {
            if (campaign.type() == ItemType.CAMPAIGN) {
                int treeItems = (int) Subtree.of(outsider.items(), campaign.key()).stream()
                        .filter(i -> !i.type().isAttachment()).count();
                for (int offset = 0; offset < treeItems; offset += PAGE) {
                    for (String viewer : viewers) {
                        requests.add(new LoadClient.Request("/tree", "/tree?root=" + campaign.key() + "&offset="
                                + offset + "&limit=" + PAGE, viewer));
                    }
                }
            }
        }
        int trees = requests.size();
        // as many review requests as tree requests: the mix is half and half
        for (int i = 0; i < trees; i++) {
            requests.add(new LoadClient.Request("/review", "/review?limit=" + PAGE, viewers.get(i % viewers.size())));
        }
        return requests;
    }

    /** The command line: sizes and bounds of the run. */
    record LoadOptions(int items, int clients, Duration warmup, Duration measure, long maxRequests) {

        static LoadOptions parse(String[] args) {
            int items = 10_000;
            int clients = 32;
            long warmup = 15;
            long seconds = 30;
            long maxRequests = 200_000;
            for (int i = 0; i + 1 < args.length; i += 2) {
                long value = Long.parseLong(args[i + 1]);
                switch (args[i]) {
                    case "--items" -> items = (int) value;
                    case "--clients" -> clients = (int) value;
                    case "--warmup-seconds" -> warmup = value;
                    case "--seconds" -> seconds = value;
                    case "--max-requests" -> maxRequests = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + ": expected --items, --clients, --warmup-seconds, --seconds, --max-requests");
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("every option needs a value");
            }
            return new LoadOptions(items, clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
                    maxRequests);
        }
    }
}
