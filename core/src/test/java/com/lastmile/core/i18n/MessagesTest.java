package com.lastmile.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void withPrefixGivesTheRawMessagesOfThatPrefixSortedByKey() {
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).withPrefix("band."))
                .containsKeys("band.EXCEEDED", "band.NORMAL", "band.CONTROLLABLE", "band.MAJOR")
                .containsEntry("band.MAJOR", "重大偏差")
                .hasSize(4);
        assertThat(Messages.forLocale(Locale.ENGLISH).withPrefix("band.").keySet())
                .containsExactly("band.CONTROLLABLE", "band.EXCEEDED", "band.MAJOR", "band.NORMAL");
    }
}
