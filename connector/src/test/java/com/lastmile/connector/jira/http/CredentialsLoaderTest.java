package com.lastmile.connector.jira.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsLoaderTest {

    private static final String TOKEN = "ATATT3xFfGF0-secret";
    private static final String PAT = "NjE2OTk4-secret";

    @TempDir
    Path folder;

    @Test
    void readsAnApiTokenFromTheEnvironment() {
        Credentials credentials = loader().load(Map.of("LASTMILE_JIRA_EMAIL", "li.ming@example.com",
                "LASTMILE_JIRA_TOKEN", TOKEN));

        assertThat(credentials).isEqualTo(new Credentials.ApiToken("li.ming@example.com", TOKEN));
    }

    @Test
    void readsAPersonalAccessTokenFromTheEnvironment() {
        assertThat(loader().load(Map.of("LASTMILE_JIRA_PAT", PAT)))
                .isEqualTo(new Credentials.PersonalAccessToken(PAT));
    }

    @Test
    void environmentComesBeforeTheFileWhichIsThenNotEvenChecked() throws IOException {
        Path file = file("pat=from-the-file\n", "rw-r--r--");

        assertThat(new CredentialsLoader(file).load(Map.of("LASTMILE_JIRA_PAT", PAT)))
                .isEqualTo(new Credentials.PersonalAccessToken(PAT));
    }

    @Test
    void bothKindsInTheEnvironmentAreRefused() {
        assertThatThrownBy(() -> loader().load(Map.of("LASTMILE_JIRA_PAT", PAT, "LASTMILE_JIRA_EMAIL", "a@b.c",
                "LASTMILE_JIRA_TOKEN", TOKEN)))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("both LASTMILE_JIRA_PAT and LASTMILE_JIRA_EMAIL/LASTMILE_JIRA_TOKEN are set; give either"
                        + " LASTMILE_JIRA_EMAIL and LASTMILE_JIRA_TOKEN (Jira Cloud) or LASTMILE_JIRA_PAT"
                        + " (Data Center), not both");
    }

    @Test
    void halfAPairNamesTheMissingVariable() {
        assertThatThrownBy(() -> loader().load(Map.of("LASTMILE_JIRA_EMAIL", "a@b.c")))
                .hasMessage("LASTMILE_JIRA_EMAIL is set but LASTMILE_JIRA_TOKEN is not; Jira Cloud needs both the"
                        + " account's e-mail and an API token");
        assertThatThrownBy(() -> loader().load(Map.of("LASTMILE_JIRA_TOKEN", TOKEN, "LASTMILE_JIRA_EMAIL", " ")))
                .hasMessage("LASTMILE_JIRA_TOKEN is set but LASTMILE_JIRA_EMAIL is not; Jira Cloud needs both the"
                        + " account's e-mail and an API token");
    }

    @Test
    void emptyVariablesCountAsUnsetSoThePrivateFileIsRead() throws IOException {
        Path file = file("email = li.ming@example.com\ntoken = " + TOKEN + "  \n", "rw-------");

        assertThat(new CredentialsLoader(file).load(Map.of("LASTMILE_JIRA_PAT", "", "LASTMILE_JIRA_EMAIL", "")))
                .isEqualTo(new Credentials.ApiToken("li.ming@example.com", TOKEN));
    }

    @Test
    void readsAPersonalAccessTokenFromAPrivateFile() throws IOException {
        Path file = file("# Data Center\npat=" + PAT + "\n", "rw-------");

        assertThat(new CredentialsLoader(file).load(Map.of())).isEqualTo(new Credentials.PersonalAccessToken(PAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----"})
    void refusesAFileOtherUsersHaveAccessToAndSaysHowToFixIt(String permissions) throws IOException {
        Path file = file("pat=" + PAT + "\n", permissions);

        assertThatThrownBy(() -> new CredentialsLoader(file).load(Map.of()))
                .isInstanceOf(CredentialsException.class)
                .hasMessage(file + " holds a secret but other users have access to it (permissions " + permissions
                        + "), so it is not read. Fix: chmod 600 " + file);
    }

    @Test
    void refusesAFileWhoseFileSystemCannotSayWhoMayReadIt() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(folder.resolve("creds.zip"), Map.of("create", "true"))) {
            Path file = zip.getPath("jira.properties");
            Files.writeString(file, "pat=" + PAT + "\n");

            assertThatThrownBy(() -> new CredentialsLoader(file).load(Map.of()))
                    .isInstanceOf(CredentialsException.class)
                    .hasMessage("Cannot check who may read " + file + ": its file system has no POSIX permissions. Set"
                            + " LASTMILE_JIRA_EMAIL and LASTMILE_JIRA_TOKEN (or LASTMILE_JIRA_PAT) in the environment"
                            + " instead");
        }
    }

    @Test
    void fileMistakesNameTheFileAndTheKey() throws IOException {
        Path misspelt = file("email=a@b.c\ntokn=" + TOKEN + "\n", "rw-------");
        Path half = file("email=a@b.c\n", "rw-------");
        Path both = file("email=a@b.c\ntoken=" + TOKEN + "\npat=" + PAT + "\n", "rw-------");
        Path empty = file("# nothing yet\n", "rw-------");

        assertThat(message(misspelt)).isEqualTo(misspelt + ": unknown key(s) [tokn]; expected email and token"
                + " (Jira Cloud) or pat (Data Center)");
        assertThat(message(half)).isEqualTo(half + ": email is set but token is not; Jira Cloud needs both the"
                + " account's e-mail and an API token");
        assertThat(message(both)).isEqualTo(both + ": both pat and email/token are set; give either email and token"
                + " (Jira Cloud) or pat (Data Center), not both");
        assertThat(message(empty)).isEqualTo(empty + " holds no credentials; expected email and token (Jira Cloud)"
                + " or pat (Data Center)");
    }

    @Test
    void noCredentialsAnywhereListsBothWaysToGiveThem() {
        Path missing = folder.resolve("jira.properties");

        assertThatThrownBy(() -> new CredentialsLoader(missing).load(Map.of()))
                .isInstanceOf(CredentialsException.class)
                .hasMessage("No Jira credentials found. Set LASTMILE_JIRA_EMAIL and LASTMILE_JIRA_TOKEN (Jira Cloud:"
                        + " the account's e-mail and an API token) or LASTMILE_JIRA_PAT (Data Center: a personal access"
                        + " token), or write email= and token= (or pat=) to " + missing + " and make it private with:"
                        + " chmod 600 " + missing);
    }

    @Test
    void defaultFileIsInTheUsersConfigFolder() {
        assertThat(CredentialsLoader.defaultFile())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "lastmile", "jira.properties"));
    }

    @Test
    void noMessageContainsASecret() throws IOException {
        Path open = file("email=a@b.c\ntoken=" + TOKEN + "\npat=" + PAT + "\n", "rw-r--r--");
        Path both = file("email=a@b.c\ntoken=" + TOKEN + "\npat=" + PAT + "\n", "rw-------");

        String bothInEnvironment = catchThrowableOfType(CredentialsException.class,
                () -> loader().load(Map.of("LASTMILE_JIRA_TOKEN", TOKEN, "LASTMILE_JIRA_PAT", PAT))).getMessage();

        assertThat(new String[] {message(open), message(both), bothInEnvironment})
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotContain(TOKEN, PAT));
    }

    private CredentialsLoader loader() {
        return new CredentialsLoader(folder.resolve("absent.properties"));
    }

    private Path file(String content, String permissions) throws IOException {
        Path file = Files.createTempFile(folder, "jira", ".properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private static String message(Path file) {
        return catchThrowableOfType(CredentialsException.class, () -> new CredentialsLoader(file).load(Map.of()))
                .getMessage();
    }
}
