package com.lastmile.connector.jira.http;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the Jira credentials: in the environment first, else in a properties file only its owner may access.
 *
 * <p>Environment: {@code LASTMILE_JIRA_EMAIL} and {@code LASTMILE_JIRA_TOKEN} (Jira Cloud: the account's e-mail and
 * an API token) or {@code LASTMILE_JIRA_PAT} (Data Center: a personal access token). An empty variable counts as
 * unset. When any of them is set the file is not read at all.
 *
 * <p>File (default {@code ~/.config/lastmile/jira.properties}, UTF-8): keys {@code email} and {@code token}, or
 * {@code pat}. Any other key is an error, so that a misspelt key is not silently ignored. Like ssh with a private
 * key, the file is refused when its group or others have any permission on it. On a file system without POSIX
 * permissions (Windows) it is refused as well, since who may read it cannot be checked there; the environment
 * variables work everywhere.
 */
public final class CredentialsLoader {

    public static final String EMAIL_VARIABLE = "LASTMILE_JIRA_EMAIL";
    public static final String TOKEN_VARIABLE = "LASTMILE_JIRA_TOKEN";
    public static final String PAT_VARIABLE = "LASTMILE_JIRA_PAT";

    private static final Set<String> FILE_KEYS = Set.of("email", "token", "pat");
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private final Path file;

    /** @param file the properties file read when the environment holds no credentials */
    public CredentialsLoader(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** A loader whose file is {@link #defaultFile()}. */
    public static CredentialsLoader atDefaultLocation() {
        return new CredentialsLoader(defaultFile());
    }

    /** {@code ~/.config/lastmile/jira.properties}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".config", "lastmile", "jira.properties");
    }

    /**
     * @param environment the process environment ({@code System.getenv()})
     * @throws CredentialsException when none are found, both kinds are given, half of a pair is missing, or the file
     *     is not private or cannot be read
     */
    public Credentials load(Map<String, String> environment) {
        Values fromEnvironment = new Values(environment.get(EMAIL_VARIABLE), environment.get(TOKEN_VARIABLE),
                environment.get(PAT_VARIABLE));
        if (!fromEnvironment.isEmpty()) {
            return fromEnvironment.credentials(new Names("", EMAIL_VARIABLE, TOKEN_VARIABLE, PAT_VARIABLE));
        }
        if (!Files.exists(file)) {
            throw new CredentialsException("No Jira credentials found. Set " + EMAIL_VARIABLE + " and "
                    + TOKEN_VARIABLE + " (Jira Cloud: the account's e-mail and an API token) or " + PAT_VARIABLE
                    + " (Data Center: a personal access token), or write email= and token= (or pat=) to " + file
                    + " and make it private with: chmod 600 " + file);
        }
        requireOwnerOnly();
        Properties properties = read();
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(FILE_KEYS);
        if (!unknown.isEmpty()) {
            throw new CredentialsException(file + ": unknown key(s) " + unknown
                    + "; expected email and token (Jira Cloud) or pat (Data Center)");
        }
        Values fromFile = new Values(properties.getProperty("email"), properties.getProperty("token"),
                properties.getProperty("pat"));
        if (fromFile.isEmpty()) {
            throw new CredentialsException(file + " holds no credentials; expected email and token (Jira Cloud)"
                    + " or pat (Data Center)");
        }
        return fromFile.credentials(new Names(file + ": ", "email", "token", "pat"));
    }

    private void requireOwnerOnly() {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            throw new CredentialsException("Cannot check who may read " + file
                    + ": its file system has no POSIX permissions. Set " + EMAIL_VARIABLE + " and " + TOKEN_VARIABLE
                    + " (or " + PAT_VARIABLE + ") in the environment instead", e);
        } catch (IOException e) {
            throw new CredentialsException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new CredentialsException(file + " holds a secret but other users have access to it (permissions "
                    + PosixFilePermissions.toString(permissions) + "), so it is not read. Fix: chmod 600 " + file);
        }
    }

    private Properties read() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (MalformedInputException e) {
            throw new CredentialsException(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new CredentialsException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new CredentialsException(file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    /** How a source calls each value in messages: variable names, or keys in the file. */
    private record Names(String prefix, String email, String token, String pat) {
    }

    /** The values found in one source; blank ones count as absent. */
    private record Values(String email, String token, String pat) {

        Values {
            email = present(email);
            token = present(token);
            pat = present(pat);
        }

        boolean isEmpty() {
            return email == null && token == null && pat == null;
        }

        Credentials credentials(Names names) {
            boolean cloud = email != null || token != null;
            if (cloud && pat != null) {
                throw new CredentialsException(names.prefix() + "both " + names.pat() + " and " + names.email()
                        + "/" + names.token() + " are set; give either " + names.email() + " and " + names.token()
                        + " (Jira Cloud) or " + names.pat() + " (Data Center), not both");
            }
            if (pat != null) {
                return new Credentials.PersonalAccessToken(pat);
            }
            if (email == null || token == null) {
                String given = email == null ? names.token() : names.email();
                String missing = email == null ? names.email() : names.token();
                throw new CredentialsException(names.prefix() + given + " is set but " + missing
                        + " is not; Jira Cloud needs both the account's e-mail and an API token");
            }
            return new Credentials.ApiToken(email, token);
        }

        private static String present(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
