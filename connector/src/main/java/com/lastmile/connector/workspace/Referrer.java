package com.lastmile.connector.workspace;

import com.lastmile.connector.workspace.CrossReferences.Target;

/** Notes a reference to an item key or a person id, to be checked once the whole file is read. */
@FunctionalInterface
interface Referrer {

    /** @param field path of the referring field, relative to the item */
    void refer(Target target, int line, String field, String name);
}
