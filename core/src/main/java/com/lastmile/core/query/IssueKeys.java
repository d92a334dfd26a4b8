package com.lastmile.core.query;

import java.util.Comparator;

/** Issue keys in the order people expect: by project, then by number, so LM-2 comes before LM-10. */
public final class IssueKeys {

    /** By project key, then by issue number; keys that are not PROJECT-NUMBER compare as text after them. */
    public static final Comparator<String> ORDER = IssueKeys::compare;

    private IssueKeys() {
    }

    private static int compare(String a, String b) {
        int dashA = numberStart(a);
        int dashB = numberStart(b);
        if (dashA < 0 || dashB < 0) {
            return dashA < 0 && dashB < 0 ? a.compareTo(b) : dashA < 0 ? 1 : -1;
        }
        int byProject = a.substring(0, dashA).compareTo(b.substring(0, dashB));
        if (byProject != 0) {
            return byProject;
        }
        String numberA = a.substring(dashA + 1);
        String numberB = b.substring(dashB + 1);
        // same digits without leading zeros: the shorter number is smaller, equal lengths compare as text
        String trimmedA = numberA.replaceFirst("^0+(?=.)", "");
        String trimmedB = numberB.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(trimmedA.length(), trimmedB.length());
        if (byLength != 0) {
            return byLength;
        }
        int byNumber = trimmedA.compareTo(trimmedB);
        return byNumber != 0 ? byNumber : numberA.compareTo(numberB);
    }

    /** Index of the dash before a trailing run of digits, or -1 when the key does not end like "-123". */
    private static int numberStart(String key) {
        int dash = key.lastIndexOf('-');
        if (dash <= 0 || dash == key.length() - 1) {
            return -1;
        }
        for (int i = dash + 1; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return -1;
            }
        }
        return dash;
    }
}
