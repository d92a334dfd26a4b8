package com.lastmile.core.raci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.lastmile.core.model.Item;
import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Person;
import com.lastmile.core.model.Raci;
import com.lastmile.core.port.PeopleList;
import com.lastmile.core.review.PersonRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaciMatrixTest {

    private static final PeopleList PEOPLE = new PeopleList(List.of(new Person("li.ming", "李明", true),
            new Person("wang.fang", "王芳", true), new Person("zhang.wei", "张伟", true)));

    private static Item item(String key, Raci raci) {
        return Item.builder(key, ItemType.CAMPAIGN).raci(raci).build();
    }

    @Test
    void aCellJoinsAPersonsRolesInRaciOrder() {
        RaciMatrix matrix = RaciMatrix.of(List.of(item("LM-4", new Raci(List.of("li.ming", "wang.fang"),
                List.of("li.ming"), List.of("zhang.wei"), List.of("wang.fang", "zhang.wei")))), PEOPLE);
        assertThat(matrix.rows()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly(
                entry("li.ming", "R+A"), entry("wang.fang", "R+I"), entry("zhang.wei", "C+I")));
    }

    @Test
    void rowsAreTheItemsWithAnAssignmentAndPeopleOnlyThoseHoldingARole() {
        Item assigned = item("LM-9", new Raci(List.of("zhang.wei"), List.of("ghost"), List.of(), List.of()));
        RaciMatrix matrix = RaciMatrix.of(List.of(item("LM-1", null), assigned), PEOPLE);
        assertThat(matrix.rows()).extracting(row -> row.item().key()).containsExactly("LM-9");
        assertThat(matrix.people()).containsExactly(new PersonRef("zhang.wei", "张伟"), new PersonRef("ghost", "ghost"));
        assertThat(RaciMatrix.assigned(List.of(item("LM-1", null), assigned))).containsExactly(assigned);
    }

    @Test
    void severalAccountablesAndRepeatsInOneRoleCountOnce() {
        RaciMatrix matrix = RaciMatrix.of(List.of(item("LM-26", new Raci(List.of("li.ming", "li.ming"),
                List.of("li.ming", "wang.fang"), List.of(), List.of()))), PEOPLE);
        assertThat(matrix.rows().get(0).cells()).containsEntry("li.ming", "R+A").containsEntry("wang.fang", "A");
    }
}
