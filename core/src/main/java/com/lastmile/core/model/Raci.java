package com.lastmile.core.model;

import java.util.List;

/**
 * A RACI assignment as recorded, before validation: {@code accountable} is a list so that data with
 * several Accountables can be loaded and reported instead of refused. Person ids, in order of entry.
 */
public record Raci(List<String> responsible, List<String> accountable, List<String> consulted,
                   List<String> informed) {

    public Raci {
        responsible = List.copyOf(responsible);
        accountable = List.copyOf(accountable);
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
    }

    /** The single Accountable person, or null when there is none or more than one. */
    public String soleAccountable() {
        return accountable.size() == 1 ? accountable.get(0) : null;
    }
}
