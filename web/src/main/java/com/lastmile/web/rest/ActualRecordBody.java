package com.lastmile.web.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.lastmile.core.model.Verification;
import com.lastmile.core.port.PeopleDirectory;
import com.lastmile.web.port.ActualRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * Reads the body of {@code POST /checkpoints/{key}/actual} strictly: {@code {"actual": 23, "verification":
 * {"sampled": 5, "passed": 5, "by": "yang.fan", "note": "…"}}}. Malformed JSON, unknown or repeated fields,
 * wrong types and oversized values are 400s naming the field, before anything is stored.
 */
final class ActualRecordBody {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_INTEGER_DIGITS = 15;
    static final int MAX_FRACTION_DIGITS = 6;
    static final int MAX_COUNT = 1_000_000;
    static final int MAX_PERSON_ID = 255;
    static final int MAX_NOTE = 2000;

    private static final List<String> FIELDS = List.of("actual", "verification");
    private static final List<String> VERIFICATION_FIELDS = List.of("sampled", "passed", "by", "note");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ActualRecordBody() {
    }

    /**
     * @throws ApiException 415 unless the request says its body is {@code application/json}: JAX-RS would
     *                      accept a body without any Content-Type, which Jira's XSRF protection does not cover
     */
    static ActualRecord read(HttpHeaders headers, InputStream body) {
        MediaType type = headers.getMediaType();
        if (type == null || !"application".equalsIgnoreCase(type.getType())
                || !"json".equalsIgnoreCase(type.getSubtype())) {
            throw new ApiException(415, null, "rest.error.unsupportedMediaType");
        }
        JsonNode root = parse(limited(body));
        if (root == null || !root.isObject()) {
            throw ApiException.badParameter(null, "rest.error.body.notObject");
        }
        onlyKnownFields(root, "", FIELDS);
        return new ActualRecord(actual(root.get("actual")), verification(root.get("verification")));
    }

    /** 400 naming {@code verification.by} when the verifier is not a known person. */
    static void checkVerifier(ActualRecord record, PeopleDirectory people) {
        Verification verification = record.verification();
        if (verification != null && verification.verifier() != null
                && people.find(verification.verifier()).isEmpty()) {
            throw ApiException.badParameter("verification.by", "rest.error.body.unknownPerson",
                    verification.verifier());
        }
    }

    private static byte[] limited(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ApiException.badParameter(null, "rest.error.body.tooLarge", String.valueOf(MAX_BYTES));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw ApiException.badParameter(null, "rest.error.body.malformed",
                    String.valueOf(at == null ? 1 : at.getLineNr()), String.valueOf(at == null ? 1 : at.getColumnNr()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the request body", e);
        }
    }

    private static void onlyKnownFields(JsonNode object, String prefix, List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw ApiException.badParameter(prefix + name, "rest.error.body.unknownField", prefix + name,
                        String.join(", ", known.stream().map(k -> prefix + k).toList()));
            }
        }
    }

    private static BigDecimal actual(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiException.badParameter("actual", "rest.error.body.required", "actual");
        }
        BigDecimal value = node.isNumber() ? node.decimalValue().stripTrailingZeros() : null;
        if (value == null || Math.max(value.scale(), 0) > MAX_FRACTION_DIGITS
                || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw ApiException.badParameter("actual", "rest.error.body.number", "actual",
                    String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_FRACTION_DIGITS));
        }
        // plain scale: 2E+1 from the JSON 20.0 is stored and shown as 20
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static Verification verification(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiException.badParameter("verification", "rest.error.body.object", "verification");
        }
        onlyKnownFields(node, "verification.", VERIFICATION_FIELDS);
        int sampled = count(node.get("sampled"), "verification.sampled");
        int passed = count(node.get("passed"), "verification.passed");
        if (passed > sampled) {
            throw ApiException.badParameter("verification.passed", "rest.error.body.passedAboveSampled",
                    String.valueOf(passed), String.valueOf(sampled));
        }
        return new Verification(sampled, passed, text(node.get("by"), "verification.by", MAX_PERSON_ID),
                text(node.get("note"), "verification.note", MAX_NOTE));
    }

    private static int count(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            throw ApiException.badParameter(field, "rest.error.body.required", field);
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0 || node.intValue() > MAX_COUNT) {
            throw ApiException.badParameter(field, "rest.error.body.count", field, String.valueOf(MAX_COUNT));
        }
        return node.intValue();
    }

    /** Optional text: absent, null or blank is no value. */
    private static String text(JsonNode node, String field, int maxLength) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.textValue().length() > maxLength) {
            throw ApiException.badParameter(field, "rest.error.body.text", field, String.valueOf(maxLength));
        }
        String value = node.textValue().strip();
        return value.isEmpty() ? null : value;
    }
}
