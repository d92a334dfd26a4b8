package com.lastmile.connector.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lastmile.connector.workspace.WorkspaceFormatException.Problem;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input, each reported with the exact line and field path. */
class WorkspaceReaderProblemsTest {

    private final WorkspaceReader reader = new WorkspaceReader();

    @Test
    void unknownItemField() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Story
                    colour: red
                """)).hasToString("test.yaml:5: items[0] (LM-1).colour: unknown field 'colour'; expected one of key, "
                + "type, summary, parent, status, statusCategory, weight, points, due, raci, metric, visibleTo, "
                + "planned, actual, original, verification, cause, actions");
    }

    @Test
    void unknownTopLevelField() {
        assertThat(onlyProblem("""
                version: 1
                item: []
                items: []
                """)).hasToString("test.yaml:2: item: unknown field 'item'; expected one of version, settings, people, items");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        assertThat(onlyProblem("""
                version: 1
                items: [ { key: LM-1, type: Story, Points: 3 } ]
                """).field()).isEqualTo("items[0] (LM-1).Points");
    }

    @Test
    void scalarWhereAListIsExpected() {
        assertThat(onlyProblem("""
                version: 1
                items: LM-1
                """)).hasToString("test.yaml:2: items: expected a list, got 'LM-1'");
    }

    @Test
    void listWhereAMappingIsExpected() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Tactic
                    metric: [50]
                """)).hasToString("test.yaml:5: items[0] (LM-1).metric: expected a mapping with name, unit, "
                + "direction, baseline, target, stretch, actual, additive, got a list");
    }

    @Test
    void mappingWhereTextIsExpected() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Story
                    summary: { text: hello }
                """)).hasToString("test.yaml:5: items[0] (LM-1).summary: expected a text, got a mapping");
    }

    @Test
    void emptyValueWhereAListIsExpected() {
        assertThat(onlyProblem("""
                version: 1
                items:
                """)).hasToString("test.yaml:2: items: expected a list, got nothing");
    }

    @Test
    void nonNumericNumber() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Strategic Goal
                    metric:
                      name: revenue
                      direction: increase
                      target: abc
                """)).hasToString("test.yaml:8: items[0] (LM-1).metric.target: expected a number, got 'abc'");
    }

    @Test
    void quotedNumber() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Story, points: "3" }
                """)).hasToString("test.yaml:3: items[0] (LM-1).points: expected a number, got the string '3' "
                + "(remove the quotes)");
    }

    @Test
    void numberInAnotherBase() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Story, points: 0x1F }
                """)).hasToString("test.yaml:3: items[0] (LM-1).points: expected a decimal number, got '0x1F'");
    }

    @Test
    void nonBooleanBoolean() {
        assertThat(onlyProblem("""
                version: 1
                people:
                  - id: ceo
                    active: yes
                items: []
                """)).hasToString("test.yaml:4: people[0].active: expected true or false, got 'yes'");
    }

    @Test
    void duplicateKeyInAnItem() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Story
                    summary: first
                    summary: second
                """)).hasToString("test.yaml:6: items[0] (LM-1).summary: duplicate field 'summary'; already given on line 5");
    }

    @Test
    void duplicateKeyAtTheTopLevel() {
        assertThat(onlyProblem("""
                version: 1
                items: []
                version: 1
                """)).hasToString("test.yaml:3: version: duplicate field 'version'; already given on line 1");
    }

    @Test
    void duplicateKeyInANestedFlowMapping() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Tactic
                    metric: { name: a, direction: increase, target: 1, target: 2 }
                """)).hasToString("test.yaml:5: items[0] (LM-1).metric.target: duplicate field 'target'; "
                + "already given on line 5");
    }

    @Test
    void duplicateKeyInSettings() {
        assertThat(onlyProblem("""
                version: 1
                settings:
                  deviation:
                    normal: 5
                    normal: 6
                items: []
                """)).hasToString("test.yaml:5: settings.deviation.normal: duplicate field 'normal'; already given on line 4");
    }

    @Test
    void duplicateItemKey() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Epic }
                  - { key: LM-2, type: Story }
                  - { key: LM-1, type: Story }
                """)).hasToString("test.yaml:5: items[2] (LM-1).key: duplicate item key 'LM-1'; already used by items[0]");
    }

    @Test
    void duplicatePersonId() {
        assertThat(onlyProblem("""
                version: 1
                people:
                  - { id: ceo }
                  - { id: ceo, name: Boss }
                items: []
                """)).hasToString("test.yaml:4: people[1].id: duplicate person id 'ceo'; already used by people[0]");
    }

    @Test
    void unknownParentKey() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Story
                    parent: LM-99
                """)).hasToString("test.yaml:5: items[0] (LM-1).parent: unknown item key 'LM-99'; "
                + "expected the key of an item in this file");
    }

    @Test
    void unknownActionKey() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Campaign }
                  - key: LM-2
                    type: Checkpoint
                    parent: LM-1
                    due: 2026-03-31
                    planned: 8
                    actions: [LM-1, LM-7]
                """)).hasToString("test.yaml:9: items[1] (LM-2).actions[1]: unknown item key 'LM-7'; "
                + "expected the key of an item in this file");
    }

    @Test
    void unknownVisibleToPerson() {
        assertThat(onlyProblem("""
                version: 1
                people: [ { id: ceo } ]
                items:
                  - key: LM-1
                    type: Strategic Goal
                    visibleTo: [ceo, cfo]
                """)).hasToString("test.yaml:6: items[0] (LM-1).visibleTo[1]: unknown person id 'cfo'; "
                + "expected the id of a person under people");
    }

    @Test
    void unknownVerificationPerson() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                    due: 2026-03-31
                    planned: 8
                    verification:
                      sampled: 5
                      passed: 5
                      by: li.ming
                """)).hasToString("test.yaml:10: items[0] (LM-1).verification.by: unknown person id 'li.ming'; "
                + "expected the id of a person under people");
    }

    @Test
    void peopleMayComeAfterTheItemsThatNameThem() {
        String yaml = """
                version: 1
                items: [ { key: LM-1, type: Epic, visibleTo: [ceo] } ]
                people: [ { id: ceo } ]
                """;
        assertThat(reader.read(new StringReader(yaml), "test.yaml").items().get(0).visibleTo()).containsExactly("ceo");
    }

    @Test
    void impossibleDate() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Epic, due: 2026-02-30 }
                """)).hasToString("test.yaml:3: items[0] (LM-1).due: expected a date yyyy-MM-dd, got '2026-02-30'");
    }

    @Test
    void dateInAnotherFormat() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                    due: 2026-03-31
                    planned: 8
                    original: { planned: 8, due: 31.03.2026 }
                """)).hasToString("test.yaml:7: items[0] (LM-1).original.due: expected a date yyyy-MM-dd, got '31.03.2026'");
    }

    @Test
    void unknownItemType() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Goal }
                """)).hasToString("test.yaml:3: items[0] (LM-1).type: expected an item type (Strategic Goal, Campaign, "
                + "Tactic, Epic, Story, Task, Bug, Sub-task, Checkpoint, Retrospective), got 'Goal'");
    }

    @Test
    void unknownDirection() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Tactic
                    metric: { name: a, direction: up, target: 1 }
                """)).hasToString("test.yaml:5: items[0] (LM-1).metric.direction: expected increase or decrease, got 'up'");
    }

    @Test
    void unknownStatusCategory() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Story, statusCategory: Done }
                """)).hasToString("test.yaml:3: items[0] (LM-1).statusCategory: expected todo, in-progress or done, got 'Done'");
    }

    @Test
    void unknownTypeInSettings() {
        assertThat(onlyProblem("""
                version: 1
                settings: { raci: { requiredOn: [Epic, Initiative] } }
                items: []
                """).field()).isEqualTo("settings.raci.requiredOn[1]");
    }

    @Test
    void negativeWeight() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Epic, weight: -1 }
                """)).hasToString("test.yaml:3: items[0] (LM-1).weight: expected a number >= 0, got '-1'");
    }

    @Test
    void negativePointsNamedByAKeyThatComesLater() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - type: Story
                    points: -0.5
                    key: LM-9
                """)).hasToString("test.yaml:4: items[0] (LM-9).points: expected a number >= 0, got '-0.5'");
    }

    @Test
    void missingItemKey() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: LM-1, type: Epic }
                  - type: Story
                    summary: no key
                """)).hasToString("test.yaml:4: items[1].key: missing required field; expected an item key");
    }

    @Test
    void missingItemType() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                """).field()).isEqualTo("items[0] (LM-1).type");
    }

    @Test
    void missingMetricTarget() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Tactic
                    metric:
                      name: revenue
                      direction: increase
                """)).hasToString("test.yaml:6: items[0] (LM-1).metric.target: missing required field; expected a number");
    }

    @Test
    void missingCheckpointDueAndPlanned() {
        WorkspaceFormatException failure = failure("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                """);

        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "test.yaml:3: items[0] (LM-1).due: missing required field; expected a date yyyy-MM-dd on a Checkpoint item",
                "test.yaml:3: items[0] (LM-1).planned: missing required field; expected a number on a Checkpoint item");
    }

    @Test
    void missingPersonId() {
        assertThat(onlyProblem("""
                version: 1
                people:
                  - name: 李明
                items: []
                """)).hasToString("test.yaml:3: people[0].id: missing required field; expected a person id");
    }

    @Test
    void missingVersion() {
        assertThat(onlyProblem("""
                items: []
                """)).hasToString("test.yaml:1: version: missing required field; expected 1");
    }

    @Test
    void missingItems() {
        assertThat(onlyProblem("""
                version: 1
                people: []
                """)).hasToString("test.yaml:1: items: missing required field; expected a list of items");
    }

    @Test
    void wrongVersion() {
        assertThat(onlyProblem("""
                version: 2
                items: []
                """)).hasToString("test.yaml:1: version: expected 1, got '2'");
    }

    @Test
    void checkpointFieldOnAnotherType() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Epic
                    planned: 8
                """)).hasToString("test.yaml:5: items[0] (LM-1).planned: only allowed on Checkpoint items, got it on an item of type Epic");
    }

    @Test
    void metricOnACheckpoint() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                    due: 2026-03-31
                    planned: 8
                    metric: { name: a, direction: increase, target: 1 }
                """)).hasToString("test.yaml:7: items[0] (LM-1).metric: not allowed on Checkpoint items; "
                + "expected planned and actual instead");
    }

    @Test
    void moreVerifiedThanSampled() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                    due: 2026-03-31
                    planned: 8
                    verification: { sampled: 5, passed: 6 }
                """)).hasToString("test.yaml:7: items[0] (LM-1).verification.passed: expected at most sampled (5), got '6'");
    }

    @Test
    void deviationBandsOutOfOrder() {
        assertThat(onlyProblem("""
                version: 1
                settings:
                  deviation: { normal: 20 }
                items: []
                """)).hasToString("test.yaml:3: settings.deviation: expected 0 <= normal < controllable, "
                + "got normal 20 and controllable 15");
    }

    @Test
    void yamlSyntaxError() {
        Problem problem = onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                    type: Checkpoint
                    actions: [LM-2, LM-3
                    due: 2026-03-31
                """);

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.field()).isEqualTo("items[0].actions[1]");
        assertThat(problem.message()).startsWith("invalid YAML: expected ',' or ']'");
    }

    @Test
    void badIndentation() {
        Problem problem = onlyProblem("""
                version: 1
                items:
                  - key: LM-1
                     type: Story
                """);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).startsWith("invalid YAML: mapping values are not allowed here");
    }

    @Test
    void controlCharacter() {
        assertThat(onlyProblem("version: 1\nitems: [ { key: LM-1, type: Story, summary: \"a\u0001b\" } ]\n"))
                .hasToString("test.yaml: invalid YAML: expected printable characters, got U+0001 at character 58");
    }

    @Test
    void emptyFile() {
        assertThat(onlyProblem("")).hasToString("test.yaml:1: the file is empty; expected a mapping with version and items");
    }

    @Test
    void fileWithOnlyComments() {
        assertThat(onlyProblem("# nothing yet\n").message()).startsWith("the file is empty");
    }

    @Test
    void notAMappingAtTheTop() {
        assertThat(onlyProblem("""
                - key: LM-1
                """)).hasToString("test.yaml:1: expected a mapping with version, settings, people, items, got a list");
    }

    @Test
    void secondYamlDocument() {
        assertThat(onlyProblem("""
                version: 1
                items: []
                ---
                version: 1
                """)).hasToString("test.yaml:4: expected the end of the file after the workspace, got another YAML document");
    }

    @Test
    void aliasInsteadOfAValue() {
        assertThat(onlyProblem("""
                version: 1
                items:
                  - { key: &first LM-1, type: Epic }
                  - { key: LM-2, type: Story, parent: *first }
                """)).hasToString("test.yaml:4: items[1] (LM-2).parent: expected an item key, got the alias '*first' "
                + "(YAML aliases are not supported)");
    }

    @Test
    void bytesThatAreNotUtf8(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("latin1.yaml");
        StringBuilder yaml = new StringBuilder("version: 1\nitems:\n");
        for (int i = 1; i <= 2000; i++) {
            yaml.append("  - { key: LM-").append(i).append(", type: Story, summary: ")
                    .append(i == 1500 ? "caf\u00e9" : "cafe").append(" }\n");
        }
        Files.write(file, yaml.toString().getBytes(StandardCharsets.ISO_8859_1));

        WorkspaceFormatException failure = catchThrowableOfType(WorkspaceFormatException.class, () -> reader.read(file));

        assertThat(failure.problems()).containsExactly(new Problem(file.toString(), 1502, "",
                "expected UTF-8 text, got bytes that are not UTF-8"));
    }

    @Test
    void missingFileNamesThePath(@TempDir Path directory) {
        Path file = directory.resolve("absent.yaml");

        WorkspaceFormatException failure =
                catchThrowableOfType(WorkspaceFormatException.class, () -> reader.read(file));

        assertThat(failure.getMessage()).isEqualTo(file + ": cannot read the file: it does not exist");
        assertThat(failure.problems()).containsExactly(new Problem(file.toString(), 0, "",
                "cannot read the file: it does not exist"));
    }

    @Test
    void directoryInsteadOfAFile(@TempDir Path directory) {
        Problem problem = catchThrowableOfType(WorkspaceFormatException.class, () -> reader.read(directory))
                .problems().get(0);

        assertThat(problem.source()).isEqualTo(directory.toString());
        assertThat(problem.line()).isZero();
        assertThat(problem.message()).startsWith("cannot read the file: ");
    }

    @Test
    void itemThatIsNotAMapping() {
        assertThat(onlyProblem("""
                version: 1
                items: [ LM-1 ]
                """)).hasToString("test.yaml:2: items[0]: expected a mapping with key, type, summary, parent, status, "
                + "statusCategory, weight, points, due, raci, metric, visibleTo, planned, actual, original, "
                + "verification, cause, actions, got 'LM-1'");
    }

    @Test
    void reportsEveryProblemInFileOrderAndJoinsThemInTheMessage() {
        WorkspaceFormatException failure = failure("""
                version: 1
                people: [ { id: ceo } ]
                items:
                  - { key: LM-1, type: Epic, parent: LM-0 }
                  - { key: LM-2, type: Story, points: lots }
                  - { key: LM-3, type: Story, due: tomorrow, colour: red }
                """);

        assertThat(failure.isTruncated()).isFalse();
        assertThat(failure.getMessage()).isEqualTo(String.join("\n",
                "test.yaml:4: items[0] (LM-1).parent: unknown item key 'LM-0'; expected the key of an item in this file",
                "test.yaml:5: items[1] (LM-2).points: expected a number, got 'lots'",
                "test.yaml:6: items[2] (LM-3).due: expected a date yyyy-MM-dd, got 'tomorrow'",
                "test.yaml:6: items[2] (LM-3).colour: unknown field 'colour'; expected one of key, type, summary, "
                        + "parent, status, statusCategory, weight, points, due, raci, metric, visibleTo, planned, "
                        + "actual, original, verification, cause, actions"));
    }

    @Test
    void stopsAfterFiftyProblems() {
        StringBuilder yaml = new StringBuilder("version: 1\nitems:\n");
        for (int i = 0; i < 80; i++) {
            yaml.append("  - { key: LM-").append(i).append(", type: Story, points: -1 }\n");
        }

        WorkspaceFormatException failure = failure(yaml.toString());

        assertThat(failure.problems()).hasSize(WorkspaceFormatException.MAX_PROBLEMS);
        assertThat(failure.problems().get(49)).hasToString(
                "test.yaml:52: items[49] (LM-49).points: expected a number >= 0, got '-1'");
        assertThat(failure.isTruncated()).isTrue();
        assertThat(failure.getMessage()).endsWith("\n(stopped after 50 problems)");
    }

    private WorkspaceFormatException failure(String yaml) {
        return catchThrowableOfType(WorkspaceFormatException.class,
                () -> reader.read(new StringReader(yaml), "test.yaml"));
    }

    private Problem onlyProblem(String yaml) {
        WorkspaceFormatException failure = failure(yaml);
        assertThat(failure).as("a problem is reported").isNotNull();
        assertThat(failure.problems()).hasSize(1);
        return failure.problems().get(0);
    }
}
