package com.lastmile.core.tracker;

/** The kind of value a Last Mile field holds; each host maps it to a Jira field type. */
public enum ValueKind {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    TEXTAREA,
    /** A decimal number. */
    NUMBER,
    /** One user. */
    USER,
    /** A RACI assignment as JSON text: {@code {"R": ["alice"], "A": "bob", "C": [], "I": []}}. */
    RACI
}
