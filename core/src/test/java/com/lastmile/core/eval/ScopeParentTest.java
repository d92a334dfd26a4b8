package com.lastmile.core.eval;

import static com.lastmile.core.Fixtures.AS_OF;
import static com.lastmile.core.Fixtures.goal;
import static com.lastmile.core.Fixtures.people;
import static com.lastmile.core.Fixtures.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import com.lastmile.core.port.PeopleList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeParentTest {

    @Test
    void namesTheParentOnlyWhenItIsInTheScope() {
        List<Item> items = List.of(goal("C", ItemType.CAMPAIGN, "OUTSIDE").build(), goal("E", ItemType.EPIC, "C").build(),
                story("S", "E", "Done", null));
        Evaluation evaluation = Evaluator.evaluate(new Scope(Settings.defaults(), new PeopleList(people()), null,
                items, 1), AS_OF);
        assertThat(evaluation.items()).extracting(ItemResult::key, ItemResult::scopeParent)
                .containsExactly(tuple("C", null),
                        tuple("E", "C"), tuple("S", "E"));
    }
}
