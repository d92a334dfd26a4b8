package com.lastmile.jira.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.lastmile.core.model.ItemType;
import com.lastmile.core.model.Settings;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsStoreTest {

    private final InMemoryPluginSettings stored = new InMemoryPluginSettings();
    private final SettingsStore store = new SettingsStore(stored.factory());

    @Test
    void startsWithTheDefaults() {
        JiraSettings settings = store.load();

        assertThat(settings.rules()).isEqualTo(Settings.defaults());
        assertThat(settings.issueTypeIds()).isEmpty();
        assertThat(settings.linkTypeId()).isNull();
    }

    @Test
    void keepsWhatWasSavedAsSalValues() {
        store.saveRules(new Settings(new BigDecimal("2.5"), BigDecimal.TEN, EnumSet.of(ItemType.EPIC), 7));
        store.saveIssueTypes(Map.of(ItemType.CAMPAIGN, "10001"));
        store.saveFields(Map.of(PluginField.RACI, "customfield_10100"));
        store.saveLinkType(10200L);

        JiraSettings settings = store.load();

        assertThat(settings.rules()).isEqualTo(new Settings(new BigDecimal("2.5"), BigDecimal.TEN,
                EnumSet.of(ItemType.EPIC), 7));
        assertThat(settings.issueTypeId(ItemType.CAMPAIGN)).contains("10001");
        assertThat(settings.fieldId(PluginField.RACI)).contains("customfield_10100");
        assertThat(settings.linkTypeId()).isEqualTo(10200L);
        assertThat(stored.values().get("com.lastmile.jira.raciRequiredOn")).isEqualTo(List.of("EPIC"));
    }

    @Test
    void unreadableValuesFallBackInsteadOfBreakingPages() {
        stored.put("com.lastmile.jira.thresholds", Map.of("normal", "20", "controllable", "10"));
        stored.put("com.lastmile.jira.issueTypes", Map.of("NO_SUCH_TYPE", "1", "TACTIC", "10002"));
        stored.put("com.lastmile.jira.linkType", "not a number");

        JiraSettings settings = store.load();

        assertThat(settings.rules()).isEqualTo(Settings.defaults());
        assertThat(settings.issueTypeIds()).containsExactly(Map.entry(ItemType.TACTIC, "10002"));
        assertThat(settings.linkTypeId()).isNull();
    }
}
