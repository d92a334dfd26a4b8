package com.lastmile.core.rules;

/** Deviation bands of a checkpoint, each deciding the response. */
public enum Band {
    /** Better than plan by more than the normal threshold. */
    EXCEEDED,
    /** 正常偏差: keep observing. */
    NORMAL,
    /** 可控偏差: analyse and fine-tune. */
    CONTROLLABLE,
    /** 重大偏差: emergency review, Plan B. */
    MAJOR
}
