package com.lastmile.app;

import com.lastmile.connector.jira.load.IssueTypeMapping;
import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.ItemType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --issue-type NAME=TYPE} option: which Last Mile type a site's own issue type plays. */
final class IssueTypeOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--issue-type", paramLabel = "NAME=TYPE",
            description = "A site's own issue type playing a Last Mile type, e.g. \"Initiative=Strategic Goal\" "
                    + "(repeatable). Other types go by their names; unknown ones count as Task.")
    Map<String, String> issueTypes = new LinkedHashMap<>();

    /** @throws CommandLine.ParameterException when a TYPE is not one of Last Mile's types */
    IssueTypeMapping mapping(Messages messages) {
        Map<String, ItemType> overrides = new LinkedHashMap<>();
        issueTypes.forEach((name, type) -> overrides.put(name, ItemType.fromDisplayName(type.trim())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        messages.format("jira.option.issueType", type, Arrays.stream(ItemType.values())
                                .map(ItemType::displayName).collect(Collectors.joining(", ")))))));
        return new IssueTypeMapping(overrides);
    }
}
