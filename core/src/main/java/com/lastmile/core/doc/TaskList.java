package com.lastmile.core.doc;

import java.util.List;

/** A checklist of action items. An empty task list renders as nothing. */
public record TaskList(List<Task> items) implements Block {

    /** One action item. */
    public record Task(Paragraph content, boolean done) {
        public Task {
            content = content == null ? Paragraph.empty() : content;
        }

        public static Task todo(Paragraph content) {
            return new Task(content, false);
        }
    }

    public TaskList {
        items = List.copyOf(items);
    }
}
