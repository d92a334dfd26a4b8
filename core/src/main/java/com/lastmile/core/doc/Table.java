package com.lastmile.core.doc;

import java.util.List;

/**
 * A table with one header row. Every row has exactly as many cells as the header.
 *
 * @param header the header cells, at least one
 * @param rows the body rows, possibly none
 */
public record Table(List<Paragraph> header, List<List<Paragraph>> rows) implements Block {

    public Table {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one header cell");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).size() + " cells, the header "
                        + header.size());
            }
        }
    }

    /** A table whose header cells are plain text. */
    public static Table of(List<String> header, List<List<Paragraph>> rows) {
        return new Table(header.stream().map(Paragraph::of).toList(), rows);
    }

    public int columns() {
        return header.size();
    }
}
