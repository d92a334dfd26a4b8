package com.lastmile.bench;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Explanation;
import com.lastmile.core.eval.ItemResult;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Workspace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time (and, with {@code -prof gc}, allocation) of one evaluation of a generated workspace. The target is
 * 10^6 items in under 1 s on one core, so run it pinned: {@code taskset -c 0 java -jar benchmarks.jar}.
 * The 4 GiB heap holds the 10^6-item workspace, its evaluation and the garbage of the next one. Five warm-up
 * iterations because on one core the JIT compiler threads compete with the benchmark for the CPU.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@Fork(value = 2, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class EvaluateBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int items;

    private Workspace workspace;
    private Scope everything;

    @Setup(Level.Trial)
    public void generate() {
        workspace = WorkspaceGenerator.generate(items, WorkspaceGenerator.DEFAULT_SEED);
        everything = Scope.everything(workspace);
        // A loaded workspace is long-lived: a full collection moves it to the old generation in allocation
        // order, so no measured young collection copies it and every fork starts from the same heap layout.
        System.gc();
    }

    /** A viewer who may browse everything: the evaluation alone. */
    @Benchmark
    public Evaluation evaluateEverything() {
        return Evaluator.evaluate(everything, WorkspaceGenerator.AS_OF);
    }

    /**
     * The evaluation with every explanation read, as writing the whole tree's JSON would: a weighted mean lists its
     * children's contributions only when first read, so this is what {@link #evaluateEverything} defers.
     */
    @Benchmark
    public Evaluation evaluateEverythingExplained(Blackhole blackhole) {
        Evaluation evaluation = Evaluator.evaluate(everything, WorkspaceGenerator.AS_OF);
        for (ItemResult result : evaluation.items()) {
            if (result.explanation() instanceof Explanation.FromChildren children) {
                blackhole.consume(children.contributions().size() + children.excluded().size());
            }
        }
        return evaluation;
    }

    /** A staff member outside every restricted subtree: the visibility filtering is part of the work. */
    @Benchmark
    public Evaluation evaluateAsViewer() {
        return Evaluator.evaluate(Scope.asViewer(workspace, WorkspaceGenerator.OUTSIDER), WorkspaceGenerator.AS_OF);
    }
}
