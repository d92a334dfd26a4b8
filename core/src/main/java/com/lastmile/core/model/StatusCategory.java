package com.lastmile.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Jira's three status categories. */
public enum StatusCategory {
    TODO,
    IN_PROGRESS,
    DONE;

    private static final Set<String> DONE_NAMES = Set.of(
            "done", "closed", "resolved", "complete", "completed", "finished", "cancelled", "canceled",
            "won't do", "wont do", "已完成", "完成", "关闭", "已关闭", "已解决");
    private static final Set<String> IN_PROGRESS_NAMES = Set.of(
            "in progress", "in review", "review", "testing", "in test", "doing", "started", "blocked",
            "进行中", "处理中", "评审中", "测试中");

    /** Infers the category of a status from common English and Chinese names; unknown names are to-do. */
    public static StatusCategory inferFrom(String status) {
        if (status == null) {
            return TODO;
        }
        String name = status.trim().toLowerCase(Locale.ROOT);
        if (DONE_NAMES.contains(name)) {
            return DONE;
        }
        if (IN_PROGRESS_NAMES.contains(name)) {
            return IN_PROGRESS;
        }
        return TODO;
    }

    /** Parses the workspace spelling: todo, in-progress, done. */
    public static Optional<StatusCategory> parse(String text) {
        return switch (text) {
            case "todo" -> Optional.of(TODO);
            case "in-progress" -> Optional.of(IN_PROGRESS);
            case "done" -> Optional.of(DONE);
            default -> Optional.empty();
        };
    }
}
