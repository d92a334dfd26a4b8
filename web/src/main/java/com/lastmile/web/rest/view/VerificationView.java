package com.lastmile.web.rest.view;

import com.lastmile.core.model.Verification;

/** A checkpoint's on-site spot check; {@code by} is the verifier's person id. */
public record VerificationView(int sampled, int passed, String by, String note) {

    static VerificationView of(Verification verification) {
        return verification == null ? null : new VerificationView(verification.sampled(), verification.passed(),
                verification.verifier(), verification.note());
    }
}
