package com.lastmile.web.rest.view;

import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Item;
import com.lastmile.core.raci.RaciMatrix;
import java.util.Map;

/** One row of the RACI matrix: person id → "R", "A", "R+A", "C", "I" or another combination. */
public record RaciItemView(String key, String summary, String type, String typeName, Map<String, String> cells) {

    public static RaciItemView of(RaciMatrix.Row row, Messages messages) {
        Item item = row.item();
        return new RaciItemView(item.key(), item.summary(), item.type().name(), Names.type(item.type(), messages),
                row.cells());
    }
}
