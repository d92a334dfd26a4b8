package com.lastmile.web.rest.view;

import com.lastmile.core.eval.CheckpointState;
import com.lastmile.core.eval.Trend;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.rules.Band;

/** Localised names of domain values, shown beside their stable codes; null for an absent value. */
final class Names {

    private Names() {
    }

    static String type(ItemType type, Messages messages) {
        return messages.format(type.messageKey());
    }

    static String band(Band band, Messages messages) {
        return band == null ? null : messages.format("band." + band.name());
    }

    static String state(CheckpointState state, Messages messages) {
        return messages.format("state." + state.name());
    }

    static String trend(Trend trend, Messages messages) {
        return trend == null ? null : messages.format("trend." + trend.name());
    }

    static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
