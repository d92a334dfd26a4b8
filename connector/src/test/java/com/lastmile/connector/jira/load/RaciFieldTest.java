package com.lastmile.connector.jira.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.core.model.Raci;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaciFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Raci text(String value) {
        return RaciField.read(Issue.JSON.textNode(value));
    }

    @Test
    void everyRoleTakesANameOrAListOfNames() {
        assertThat(text("{\"R\": [\"ana\", \"ben\"], \"A\": \"bob\", \"C\": \"carl\", \"I\": []}"))
                .isEqualTo(new Raci(List.of("ana", "ben"), List.of("bob"), List.of("carl"), List.of()));
    }

    @Test
    void writesThePluginsCanonicalTextAndReadsItBack() {
        Raci one = new Raci(List.of("ana"), List.of("bob"), List.of(), List.of("carl"));
        Raci two = new Raci(List.of("ana"), List.of("bob", "eve"), List.of(), List.of());

        assertThat(RaciField.write(one)).isEqualTo("{\"R\":[\"ana\"],\"A\":\"bob\",\"C\":[],\"I\":[\"carl\"]}");
        assertThat(RaciField.write(two)).isEqualTo("{\"R\":[\"ana\"],\"A\":[\"bob\",\"eve\"],\"C\":[],\"I\":[]}");
        assertThat(text(RaciField.write(one))).isEqualTo(one);
        assertThat(text(RaciField.write(two))).isEqualTo(two);
    }

    @Test
    void severalAccountablesAreReadSoTheRulesCanReportThem() {
        assertThat(text("{\"A\": [\"bob\", \"eve\"]}").accountable()).containsExactly("bob", "eve");
    }

    @Test
    void namesAreTrimmedBlanksDroppedRoleLettersForgiving() {
        assertThat(text("{\" r \": [\" ana \", \"  \"], \"a\": null}"))
                .isEqualTo(new Raci(List.of("ana"), List.of(), List.of(), List.of()));
    }

    @Test
    void theObjectItselfReadsAsItsText() throws Exception {
        JsonNode object = JSON.readTree("{\"R\": [\"ana\"], \"A\": \"bob\"}");

        assertThat(RaciField.read(object)).isEqualTo(text(object.toString()));
    }

    @Test
    void unreadableValuesCountAsNone() {
        assertThat(text("not json")).isNull();
        assertThat(text("[\"ana\"]")).isNull();
        assertThat(text("{\"X\": [\"ana\"]}")).isNull();
        assertThat(text("{\"R\": [1]}")).isNull();
        assertThat(text("{\"R\": {\"name\": \"ana\"}}")).isNull();
        assertThat(text("{\"A\": \"bob\", \"A\": \"eve\"}")).as("a repeated role").isNull();
        assertThat(text("   ")).isNull();
        assertThat(RaciField.read(Issue.JSON.numberNode(3))).isNull();
        assertThat(RaciField.read(null)).isNull();
    }

    @Test
    void sizeLimitsAreThePluginsLimits() {
        String fifty = "[\"" + String.join("\", \"", Collections.nCopies(50, "ana")) + "\"]";
        String fiftyOne = "[\"" + String.join("\", \"", Collections.nCopies(51, "ana")) + "\"]";

        assertThat(text("{\"I\": " + fifty + "}").informed()).hasSize(50);
        assertThat(text("{\"I\": " + fiftyOne + "}")).isNull();
        assertThat(text("{\"A\": \"bob\"}" + " ".repeat(RaciField.MAX_CHARS))).isNull();
    }

    @Test
    void cloudsMultiLineTextArrivesAsAdf() {
        assertThat(RaciField.read(Issue.adf("{\"A\": \"bob\"}")))
                .isEqualTo(new Raci(List.of(), List.of("bob"), List.of(), List.of()));
    }
}
