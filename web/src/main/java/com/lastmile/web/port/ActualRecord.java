package com.lastmile.web.port;

import com.lastmile.core.model.Verification;
import java.math.BigDecimal;

/** A checkpoint's recorded actual value ("data check") and optional spot check ("on-site check"). */
public record ActualRecord(BigDecimal actual, Verification verification) {
}
