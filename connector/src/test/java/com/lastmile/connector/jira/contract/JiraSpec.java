package com.lastmile.connector.jira.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lastmile.connector.jira.http.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * One of Atlassian's OpenAPI specs, parsed once per JVM on first use (the Cloud spec is 2.4 MB and takes seconds):
 * its JSON for examples, and a request/response validator over the corrected copy.
 */
enum JiraSpec {
    CLOUD("jira-cloud-platform-v3.openapi.json", "", SpecCorrections::cloud,
            new Credentials.ApiToken("mia@example.com", "api-token"),
            // the only v2 request on Cloud is flavor detection: Cloud's v2 and v3 serverInfo are one resource
            Map.of("/rest/api/2/serverInfo", "/rest/api/3/serverInfo")),
    /** Its {@code servers} entry is {@code http://{baseurl}/rest}, its paths {@code /api/2/…}. */
    DATA_CENTER("jira-software-dc-10.3.openapi.json", "/rest", SpecCorrections::dataCenter,
            new Credentials.PersonalAccessToken("personal-access-token"), Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Atlassian's specs as published, gzipped test resources (copied unchanged from the product's shared specs). */
    private static final String SPECS = "/specs/";

    private final String file;
    private final String basePath;
    private final Consumer<ObjectNode> corrections;
    private final Credentials credentials;
    private final Map<String, String> pathAliases;
    private ObjectNode document;
    private OpenApiInteractionValidator validator;

    JiraSpec(String file, String basePath, Consumer<ObjectNode> corrections, Credentials credentials,
             Map<String, String> pathAliases) {
        this.file = file;
        this.basePath = basePath;
        this.corrections = corrections;
        this.credentials = credentials;
        this.pathAliases = pathAliases;
    }

    Credentials credentials() {
        return credentials;
    }

    /** The spec as published, for reading its examples. */
    synchronized JsonNode document() {
        if (document == null) {
            String resource = SPECS + file + ".gz";
            try (InputStream packed = JiraSpec.class.getResourceAsStream(resource)) {
                if (packed == null) {
                    throw new IllegalStateException("the test resource " + resource + " is missing");
                }
                document = (ObjectNode) JSON.readTree(new GZIPInputStream(packed));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spec " + resource, e);
            }
        }
        return document;
    }

    synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            ObjectNode corrected = document().deepCopy();
            corrections.accept(corrected);
            OpenApiInteractionValidator.Builder builder =
                    OpenApiInteractionValidator.createForInlineApiSpecification(corrected.toString());
            if (!basePath.isEmpty()) {
                builder.withBasePathOverride(basePath);
            }
            validator = builder.build();
        }
        return validator;
    }

    /** Validation messages for one request as sent: method, path without query, decoded query, headers, body. */
    List<String> validateRequest(String method, String path, Map<String, List<String>> query,
                                 Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, specPath(path));
        query.forEach(request::withQueryParam);
        headers.forEach(request::withHeader);
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return messages(validator().validateRequest(request.build()));
    }

    List<String> validateResponse(String method, String path, int status, JsonNode body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (body != null) {
            response.withContentType("application/json").withBody(body.toString());
        }
        return messages(validator().validateResponse(specPath(path), Request.Method.valueOf(method),
                response.build()));
    }

    private String specPath(String path) {
        return pathAliases.getOrDefault(path, path);
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .map(message -> message.getLevel() + " " + message.getKey() + ": " + message.getMessage())
                .toList();
    }
}
