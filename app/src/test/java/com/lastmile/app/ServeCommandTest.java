package com.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The serve command's bad inputs; serving itself is covered by the preview server's tests. */
class ServeCommandTest {

    @Test
    void aMissingWorkspaceFileIsBadInput() {
        Cli cli = Cli.run("serve", "no-such-workspace.yaml", "--port", "0");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("no-such-workspace.yaml");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Cli cli = Cli.run("serve", Sample.FILE, "--port", "70000");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--port must be a port number from 0 to 65535; got 70000.");
    }

    @Test
    void anUnknownBindAddressIsAUsageError() {
        Cli cli = Cli.run("serve", Sample.FILE, "--port", "0", "--bind", "no-such-host.invalid");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("--bind: no-such-host.invalid is not a known host name or address.");
    }

    @Test
    void aPortInUseIsBadInputSaidPlainly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli cli = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> Cli.run("serve", Sample.FILE, "--port", String.valueOf(taken.getLocalPort())));
            assertThat(cli.exitCode()).isEqualTo(2);
            assertThat(cli.err()).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("Choose another port with --port");
        }
    }
}
