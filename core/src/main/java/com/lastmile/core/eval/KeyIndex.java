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
    private boolean duplicates;

    KeyIndex(List<Item> items) {
        int n = items.size();
        int[] project = new int[n];
        int[] number = new int[n];
        List<int[]> ranges = new ArrayList<>();   // per prefix: {count, max number}
        for (int i = 0; i < n; i++) {
            String key = items.get(i).key();
            long parsed = parse(key);
            project[i] = parsed >= 0 ? prefix(key, dash(parsed), true) : -1;
            if (project[i] >= 0) {
                number[i] = number(parsed);
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
                } else {
                    duplicates = true;
                }
            } else if (others.putIfAbsent(items.get(i).key(), i) != null) {
                duplicates = true;
            }
        }
    }

    /** The position of the item with this key, or {@link #ABSENT}. */
    int position(String key) {
        long parsed = parse(key);
        if (parsed >= 0) {
            int p = prefix(key, dash(parsed), false);
            int[] positions = p >= 0 ? positionsByNumber.get(p) : null;
            if (positions != null) {
                int number = number(parsed);
                return number < positions.length ? positions[number] - 1 : ABSENT;
            }
        }
        return others.getOrDefault(key, ABSENT);
    }

    boolean contains(String key) {
        return position(key) != ABSENT;
    }

    /** Whether two items share a key (then {@link #position} names the first of them). */
    boolean hasDuplicates() {
        return duplicates;
    }

    /**
     * A PROJECT-NUMBER key read in one pass from its end: the position of the dash in the upper half and the issue
     * number (1 to {@value #MAX_DIGITS} digits, no leading zero) in the lower; negative for a key of another shape.
     */
    private static long parse(String key) {
        int length = key.length();
        int k = length;
        int number = 0;
        int scale = 1;
        while (k > 0 && length - k < MAX_DIGITS) {
            char c = key.charAt(k - 1);
            if (c < '0' || c > '9') {
                break;
            }
            number += (c - '0') * scale;
            scale *= 10;
            k--;
        }
        boolean valid = k < length && k > 1 && key.charAt(k - 1) == '-' && key.charAt(k) != '0';
        return valid ? (long) (k - 1) << 32 | number : -1;
    }

    private static int dash(long parsed) {
        return (int) (parsed >>> 32);
    }

    private static int number(long parsed) {
        return (int) parsed;
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
