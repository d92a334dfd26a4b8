package com.lastmile.web.rest.view;

import com.lastmile.core.i18n.Messages;
import com.lastmile.core.model.Verification;
import com.lastmile.core.review.CheckpointLine;
import com.lastmile.core.review.PersonRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One checkpoint of {@code GET /checkpoints}, also the answer of {@code POST /checkpoints/{key}/actual}.
 *
 * @param goal the goal's key when it is in the caller's scope, else null
 * @param accountable the goal's Accountable people
 * @param canRecord whether the caller may record the actual (the gadget offers the form)
 */
public record CheckpointView(String key, String summary, String goal, String goalSummary, LocalDate due,
                             BigDecimal planned, BigDecimal actual, String state, String stateName,
                             BigDecimal deviation, String band, String bandName, boolean rebaselined,
                             BigDecimal originalDeviation, String originalBand, String originalBandName,
                             VerificationView verification, String cause, List<String> actions,
                             List<PersonRef> accountable, boolean canRecord) {

    public static CheckpointView of(CheckpointLine line, Verification verification, boolean canRecord,
                                    Messages messages) {
        return new CheckpointView(line.key(), line.summary(), line.goalKey(), line.goalSummary(), line.due(),
                line.planned(), line.actual(), line.state().name(), Names.state(line.state(), messages),
                line.deviation(), Names.code(line.band()), Names.band(line.band(), messages), line.rebaselined(),
                line.originalDeviation(), Names.code(line.originalBand()), Names.band(line.originalBand(), messages),
                VerificationView.of(verification), line.cause(), line.actions(), line.accountable(), canRecord);
    }
}
