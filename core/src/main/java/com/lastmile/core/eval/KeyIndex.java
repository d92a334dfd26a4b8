package com.lastmile.core.eval;

import com.lastmile.core.model.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of every item key. Jira keys are PROJECT-NUMBER, so each project's keys go into an int array
 * indexed by number: resolving a key parses it and reads one array slot, where a hash map would chase a table
 * slot, an entry, the stored key and its bytes, and a boxed position, each a cache miss at a million items.
 * Keys of any other shape, projects whose numbers are too sparse for an array and projects beyond the first
 * {@value #MAX_PROJECTS} use a hash map.
 * The first of duplicate keys wins.
 */
final class KeyIndex {

    static final int ABSENT = -1;
    private static final int MAX_DIGITS = 9;
    /** Prefixes are matched by a linear scan: past this many projects, further ones use the hash map. */
    private static final int MAX_PROJECTS = 16;

    private final List<String> prefixes = new ArrayList<>();
    private final List<int[]> positionsByNumber = new ArrayList<>();
    private final Map<String, Integer> others = new HashMap<>();

    KeyIndex(List<Item> items) {
        int n = items.size();
        int[] project = new int[n];
        int[] number = new int[n];
        List<int[]> ranges = new ArrayList<>();   // per prefix: {count, max number}
        for (int i = 0; i < n; i++) {
            String key = items.get(i).key();
            int dash = numberStart(key) - 1;
            project[i] = dash > 0 ? prefix(key, dash, true) : -1;
            if (project[i] >= 0) {
                number[i] = Integer.parseInt(key, dash + 1, key.length(), 10);
                int[] range = project[i] < ranges.size() ? ranges.get(project[i]) : null;
                if (range == null) {
                    range = new int[2];
                    ranges.add(range);
                }
                range[0]++;
                range[1] = Math.max(range[1], number[i]);
            }
        }
        for (int[] range : ranges) {
            // dense enough: at most 4 slots per key, so a sparse project never costs more than a hash map
            positionsByNumber.add(range[1] <= 4L * range[0] + 1024 ? new int[range[1] + 1] : null);
        }
        for (int i = 0; i < n; i++) {
            int[] positions = project[i] >= 0 ? positionsByNumber.get(project[i]) : null;
            if (positions != null) {
                if (positions[number[i]] == 0) {
                    positions[number[i]] = i + 1;
                }
            } else {
                others.putIfAbsent(items.get(i).key(), i);
            }
        }
    }

    /** The position of the item with this key, or {@link #ABSENT}. */
    int position(String key) {
        int dash = numberStart(key) - 1;
        if (dash > 0) {
            int p = prefix(key, dash, false);
            int[] positions = p >= 0 ? positionsByNumber.get(p) : null;
            if (positions != null) {
                int number = Integer.parseInt(key, dash + 1, key.length(), 10);
                return number < positions.length ? positions[number] - 1 : ABSENT;
            }
        }
        return others.getOrDefault(key, ABSENT);
    }

    boolean contains(String key) {
        return position(key) != ABSENT;
    }

    /** Where the issue number starts after a dash, or 0 when the key is not PROJECT-NUMBER. */
    private static int numberStart(String key) {
        int k = key.length();
        while (k > 0 && key.length() - k < MAX_DIGITS && isDigit(key.charAt(k - 1))) {
            k--;
        }
        boolean valid = k < key.length() && k > 1 && key.charAt(k - 1) == '-' && key.charAt(k) != '0';
        return valid ? k : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The index of the key's project prefix, registering it when asked; -1 when unknown. */
    private int prefix(String key, int length, boolean register) {
        for (int p = 0; p < prefixes.size(); p++) {
            String prefix = prefixes.get(p);
            if (prefix.length() == length && key.startsWith(prefix)) {
                return p;
            }
        }
        if (!register || prefixes.size() == MAX_PROJECTS) {
            return -1;
        }
        prefixes.add(key.substring(0, length));
        return prefixes.size() - 1;
    }
}
