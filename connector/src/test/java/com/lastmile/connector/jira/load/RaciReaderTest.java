package com.lastmile.connector.jira.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lastmile.core.model.Raci;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaciReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Raci text(String value) {
        return RaciReader.read(Issue.JSON.textNode(value));
    }

    @Test
    void everyRoleTakesANameOrAListOfNames() {
        assertThat(text("{\"R\": [\"ana\", \"ben\"], \"A\": \"bob\", \"C\": \"carl\", \"I\": []}"))
                .isEqualTo(new Raci(List.of("ana", "ben"), List.of("bob"), List.of("carl"), List.of()));
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

        assertThat(RaciReader.read(object)).isEqualTo(text(object.toString()));
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
        assertThat(RaciReader.read(Issue.JSON.numberNode(3))).isNull();
        assertThat(RaciReader.read(null)).isNull();
    }

    @Test
    void sizeLimitsAreThePluginsLimits() {
        String fifty = "[\"" + String.join("\", \"", Collections.nCopies(50, "ana")) + "\"]";
        String fiftyOne = "[\"" + String.join("\", \"", Collections.nCopies(51, "ana")) + "\"]";

        assertThat(text("{\"I\": " + fifty + "}").informed()).hasSize(50);
        assertThat(text("{\"I\": " + fiftyOne + "}")).isNull();
        assertThat(text("{\"A\": \"bob\"}" + " ".repeat(RaciReader.MAX_CHARS))).isNull();
    }

    @Test
    void cloudsMultiLineTextArrivesAsAdf() {
        assertThat(RaciReader.read(Issue.adf("{\"A\": \"bob\"}")))
                .isEqualTo(new Raci(List.of(), List.of("bob"), List.of(), List.of()));
    }
}
