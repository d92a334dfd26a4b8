package com.lastmile.jira.jql;

import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.lastmile.core.i18n.Messages;
import java.util.List;

/** A JQL function call's arguments and the validation messages about them, in the searcher's language. */
final class Arguments {

    private final FunctionOperand operand;
    private final Messages text;
    private final MessageSet errors = new MessageSetImpl();

    Arguments(FunctionOperand operand, Messages text) {
        this.operand = operand;
        this.text = text;
    }

    List<String> values() {
        return operand.getArgs() == null ? List.of() : operand.getArgs();
    }

    /** Checks the count; a function's usage is part of the message so people can correct the query. */
    boolean count(int min, int max, String usage) {
        int count = values().size();
        if (count < min || count > max) {
            error("plugin.jql.error.arguments", operand.getName(), count, usage);
            return false;
        }
        return true;
    }

    void error(String key, Object... args) {
        errors.addErrorMessage(text.format(key, args));
    }

    MessageSet errors() {
        return errors;
    }
}
