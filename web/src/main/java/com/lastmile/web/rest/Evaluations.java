package com.lastmile.web.rest;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Item;
import com.lastmile.web.port.ScopeProvider;
import com.lastmile.web.port.UnknownKeyException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

/** Loads the caller's scope through the host's port and has it evaluated on the requested date. */
final class Evaluations {

    private static final Function<Evaluation, Evaluation> EVALUATION = Function.identity();

    private final ScopeProvider scopes;
    private final Clock clock;

    Evaluations(ScopeProvider scopes, Clock clock) {
        this.scopes = scopes;
        this.clock = clock;
    }

    Scope scope(Call call, CommonParameters parameters) {
        return scopes.load(call.caller(), parameters.scope());
    }

    Evaluation evaluate(Call call, CommonParameters parameters) {
        return derive(call, parameters, EVALUATION);
    }

    /** A pure function of the evaluation; pass a constant, so that a caching host recognises it. */
    <T> T derive(Call call, CommonParameters parameters, Function<Evaluation, T> derivation) {
        LocalDate asOf = parameters.asOf(clock);
        return scopes.derive(scope(call, parameters), asOf, derivation);
    }

    /** The item of that key in the scope; 404 when it is not there (unknown and hidden alike). */
    static Item item(Scope scope, String key) {
        return scope.items().stream().filter(item -> item.key().equals(key)).findFirst()
                .orElseThrow(() -> new UnknownKeyException(key));
    }
}
