package com.lastmile.core.eval;

import java.util.Arrays;

/** A growing list of ints without boxing. */
final class IntList {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int k) {
        return values[k];
    }

    int size() {
        return size;
    }
}
