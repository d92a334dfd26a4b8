package com.lastmile.app;

import com.lastmile.app.jira.JiraOpener;
import com.lastmile.app.jira.JiraPreview;
import com.lastmile.app.jira.JiraSession;
import com.lastmile.app.jira.RestJiraOpener;
import com.lastmile.app.serve.EmbeddedSample;
import com.lastmile.app.serve.PreviewHost;
import com.lastmile.app.serve.PreviewServer;
import com.lastmile.app.serve.WorkspaceStore;
import com.lastmile.connector.jira.api.JiraUser;
import com.lastmile.connector.jira.http.CredentialsException;
import com.lastmile.connector.jira.http.JiraException;
import com.lastmile.connector.jira.http.JiraSite;
import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.core.i18n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lastmile serve}: the dashboard gadgets and the REST API in the browser, over a workspace file or, with
 * {@code --jira}, over a live Jira as the credentials' user.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the dashboard and its REST API over a workspace file, or over a live Jira with --jira. "
                + "Recorded actuals are written back to the file (or to Jira). Ctrl+C stops the server.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Workspace file (YAML, UTF-8). Default: the embedded sample, copied to a temporary file.")
    Path file;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--jira", paramLabel = "URL",
            description = "Serve this Jira site's live data instead of a file, as the credentials' user (see "
                    + "'lastmile audit --help' for credentials); nothing is cached.")
    String jira;

    @Option(names = "--jql", paramLabel = "QUERY",
            description = "With --jira: the scope of requests that give no jql parameter.")
    String jql;

    @Mixin
    IssueTypeOption issueTypes;

    @Mixin
    LocaleOption locale;

    /** How the command reaches Jira; the tests put an in-memory Jira here. */
    JiraOpener opener = new RestJiraOpener();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = locale.messages();
        if (port < 0 || port > 65535) {
            throw usage(messages.format("rest.serve.badPort", String.valueOf(port)));
        }
        if (jira == null && (jql != null || !issueTypes.issueTypes.isEmpty())) {
            throw usage(messages.get("jira.serve.needsJira"));
        }
        if (jira != null && file != null) {
            throw usage(messages.get("jira.serve.fileOrJira"));
        }
        PrintWriter out = spec.commandLine().getOut();
        InetSocketAddress address = address(messages);
        return jira != null ? serveJira(address, messages, out) : serveWorkspace(address, messages, out);
    }

    private int serveWorkspace(InetSocketAddress address, Messages messages, PrintWriter out)
            throws IOException, InterruptedException {
        Path workspace = file != null ? file : EmbeddedSample.copyToTemporaryFile();
        WorkspaceStore store = WorkspaceStore.open(workspace);
        PreviewServer server = start(PreviewHost.of(store, messages.locale()), address, messages);
        if (file == null) {
            out.println(messages.format("rest.serve.sampleCopy", workspace.toString()));
        } else {
            out.println(messages.format("rest.serve.workspace", workspace.toString()));
            out.println(messages.get("rest.serve.rewrites"));
        }
        if (!address.getAddress().isLoopbackAddress()) {
            out.println(messages.format("rest.serve.exposed", bind));
        }
        return serveUntilStopped(server, messages, out, () -> { });
    }

    /** Checks the credentials with one call before listening, so a bad token fails here rather than per request. */
    private int serveJira(InetSocketAddress address, Messages messages, PrintWriter out) throws InterruptedException {
        IssueTypeMapping types = issueTypes.mapping(messages);
        JiraSite site = JiraSite.of(jira);
        PrintWriter err = spec.commandLine().getErr();
        JiraSession session;
        try {
            session = opener.open(site);
        } catch (CredentialsException e) {
            return JiraFailureOutput.print(e, messages, err);
        } catch (JiraException e) {
            return JiraFailureOutput.print(e, messages, err);
        }
        PreviewServer server;
        JiraUser user;
        try {
            user = session.api().myself();
            server = start(JiraPreview.host(session.api(), user, jql, types, messages.locale()), address, messages);
        } catch (JiraException e) {
            session.close();
            return JiraFailureOutput.print(e, messages, err);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        out.println(messages.format("jira.serve.site", site.baseUrl().toString(), user.displayName(), user.id()));
        out.println(jql == null ? messages.get("jira.serve.noScope") : messages.format("jira.serve.scope", jql));
        if (!address.getAddress().isLoopbackAddress()) {
            out.println(messages.format("jira.serve.exposed", bind));
        }
        return serveUntilStopped(server, messages, out, session::close);
    }

    private int serveUntilStopped(PreviewServer server, Messages messages, PrintWriter out, Runnable afterStop)
            throws InterruptedException {
        out.println(messages.format("rest.serve.listening", server.uri().toString()));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println(messages.get("rest.serve.stopping"));
            out.flush();
            server.close();
            afterStop.run();
        }, "lastmile-serve-shutdown"));
        server.awaitStop();
        return ExitCodes.OK;
    }

    private InetSocketAddress address(Messages messages) {
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw usage(messages.format("rest.serve.badBind", bind));
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A port in use or an address that is not this computer's is bad input (exit 2), said in the user's words. */
    private PreviewServer start(PreviewHost host, InetSocketAddress address, Messages messages) {
        try {
            return PreviewServer.start(host, address, Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new IllegalArgumentException(messages.format("rest.serve.cannotListen",
                    bind + ":" + port, String.valueOf(e.getMessage())), e);
        }
    }
}
