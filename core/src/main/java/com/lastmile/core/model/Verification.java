package com.lastmile.core.model;

/**
 * The on-site spot check of a checkpoint's recorded actual.
 *
 * @param sampled how many records were sampled
 * @param passed how many of them held up
 * @param verifier person id of who checked, may be null
 * @param note free text, may be null
 */
public record Verification(int sampled, int passed, String verifier, String note) {

    public Verification {
        if (sampled < 0 || passed < 0 || passed > sampled) {
            throw new IllegalArgumentException("need 0 <= passed <= sampled, got passed " + passed + " of " + sampled);
        }
    }
}
