package org.ofbiz.core.entity;

/**
 * Compile-only stub of {@code org.ofbiz.core.entity.GenericEntityException} (Atlassian's ofbiz fork, bundled with
 * Jira; no public Javadoc page found). Ledger: §5.8 checked exception thrown by CustomFieldManager.createCustomField, C8
 */
public class GenericEntityException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Checked ofbiz exception thrown by CustomFieldManager.createCustomField (ledger §5.8, C8). */
    public GenericEntityException(String message) {
        super(message);
    }
}
