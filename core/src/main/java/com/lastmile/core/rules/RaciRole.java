package com.lastmile.core.rules;

/** The four RACI roles, by their letter. */
public enum RaciRole {
    R, A, C, I;

    /** The i18n key of the role's localised name. */
    public String messageKey() {
        return "raci.role." + name();
    }
}
