package com.lastmile.connector.workspace;

import com.lastmile.connector.workspace.CrossReferences.Target;
import com.lastmile.core.model.OriginalPlan;
import com.lastmile.core.model.Verification;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Reads the two mappings of a Checkpoint item: {@code original: { planned, due }} (both required, so that a
 * re-plan is compared value for value) and {@code verification: { sampled, passed, by, note }}.
 */
final class CheckpointPartsParser {

    private static final class OriginalDraft {
        BigDecimal planned;
        LocalDate due;
    }

    private static final class VerificationDraft {
        Integer sampled;
        Integer passed;
        String verifier;
        String note;
        Referrer referrer;
    }

    private final YamlCursor cursor;
    private final MappingSchema<OriginalDraft> original;
    private final MappingSchema<VerificationDraft> verification;

    CheckpointPartsParser(YamlCursor cursor, ValueReader values) {
        this.cursor = cursor;
        original = new MappingSchema<OriginalDraft>()
                .required("planned", "a number", (draft, sink, field) -> draft.planned = values.number(sink, field))
                .required("due", "a date yyyy-MM-dd", (draft, sink, field) -> draft.due = values.date(sink, field));
        verification = new MappingSchema<VerificationDraft>()
                .required("sampled", "a whole number >= 0",
                        (draft, sink, field) -> draft.sampled = values.wholeNumber(sink, field, 0))
                .required("passed", "a whole number >= 0",
                        (draft, sink, field) -> draft.passed = values.wholeNumber(sink, field, 0))
                .optional("by", (draft, sink, field) -> {
                    int line = cursor.line();
                    draft.verifier = values.name(sink, field, "a person id");
                    if (draft.verifier != null) {
                        draft.referrer.refer(Target.PERSON, line, field, draft.verifier);
                    }
                })
                .optional("note", (draft, sink, field) -> draft.note = values.text(sink, field));
    }

    /** @return the original plan, or null when it is reported as wrong */
    OriginalPlan readOriginal(ProblemSink sink, String field) throws IOException {
        OriginalDraft draft = new OriginalDraft();
        if (original.read(cursor, sink, field, draft) == null || draft.planned == null || draft.due == null) {
            return null;
        }
        return new OriginalPlan(draft.planned, draft.due);
    }

    /**
     * @param referrer notes the verifier, who must be one of the people
     * @return the verification, or null when it is reported as wrong
     */
    Verification readVerification(ProblemSink sink, String field, Referrer referrer) throws IOException {
        VerificationDraft draft = new VerificationDraft();
        draft.referrer = referrer;
        Map<String, Integer> given = verification.read(cursor, sink, field, draft);
        if (given == null || draft.sampled == null || draft.passed == null) {
            return null;
        }
        if (draft.passed > draft.sampled) {
            sink.report(given.get("passed"), FieldPath.child(field, "passed"),
                    "expected at most sampled (" + draft.sampled + "), got '" + draft.passed + "'");
            return null;
        }
        return new Verification(draft.sampled, draft.passed, draft.verifier, draft.note);
    }
}
