package com.lastmile.app;

import com.lastmile.app.serve.EmbeddedSample;
import com.lastmile.app.serve.PreviewServer;
import com.lastmile.app.serve.WorkspaceStore;
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

/** {@code lastmile serve}: the dashboard gadgets and the REST API over a workspace file, in the browser. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the dashboard and its REST API over a workspace file. Recorded actuals are written "
                + "back to the file. Ctrl+C stops the server.")
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

    @Mixin
    LocaleOption locale;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Messages messages = locale.messages();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    messages.format("rest.serve.badPort", String.valueOf(port)));
        }
        PrintWriter out = spec.commandLine().getOut();
        InetSocketAddress address = address(messages);
        Path workspace = file != null ? file : EmbeddedSample.copyToTemporaryFile();
        WorkspaceStore store = WorkspaceStore.open(workspace);
        PreviewServer server = start(store, address, messages);
        if (file == null) {
            out.println(messages.format("rest.serve.sampleCopy", workspace.toString()));
        } else {
            out.println(messages.format("rest.serve.workspace", workspace.toString()));
            out.println(messages.get("rest.serve.rewrites"));
        }
        if (!address.getAddress().isLoopbackAddress()) {
            out.println(messages.format("rest.serve.exposed", bind));
        }
        out.println(messages.format("rest.serve.listening", server.uri().toString()));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println(messages.get("rest.serve.stopping"));
            out.flush();
            server.close();
        }, "lastmile-serve-shutdown"));
        server.awaitStop();
        return ExitCodes.OK;
    }

    private InetSocketAddress address(Messages messages) {
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.format("rest.serve.badBind", bind));
        }
    }

    /** A port in use or an address that is not this computer's is bad input (exit 2), said in the user's words. */
    private PreviewServer start(WorkspaceStore store, InetSocketAddress address, Messages messages) {
        try {
            return PreviewServer.start(store, address, messages.locale(), Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new IllegalArgumentException(messages.format("rest.serve.cannotListen",
                    bind + ":" + port, String.valueOf(e.getMessage())), e);
        }
    }
}
