package com.lastmile.bench;

import com.lastmile.core.eval.Evaluation;
import com.lastmile.core.eval.Evaluator;
import com.lastmile.core.eval.Scope;
import com.lastmile.core.model.Workspace;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * Live heap per item of a generated workspace and of its evaluation, measured as used heap after full
 * collections: {@code java -Xmx4g -cp benchmarks.jar com.lastmile.bench.RetainedHeap [items]}.
 * JMH's {@code gc.alloc.rate.norm} says what one evaluation allocates; this says what it keeps.
 */
public final class RetainedHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long empty = usedAfterGc();
        Workspace workspace = WorkspaceGenerator.generate(n, WorkspaceGenerator.DEFAULT_SEED);
        Scope scope = Scope.everything(workspace);
        long withWorkspace = usedAfterGc();
        Evaluation evaluation = Evaluator.evaluate(scope, WorkspaceGenerator.AS_OF);
        long withEvaluation = usedAfterGc();
        System.out.printf("items                      %,d (%,d results, %,d checkpoints, %,d findings)%n", n,
                evaluation.items().size(), evaluation.checkpoints().size(), evaluation.findings().size());
        report("workspace model", withWorkspace - empty, n);
        report("evaluation result", withEvaluation - withWorkspace, n);
        // the measurements above need both alive until the last collection
        Reference.reachabilityFence(workspace);
        Reference.reachabilityFence(evaluation);
    }

    private static void report(String what, long bytes, int n) {
        System.out.printf("%-26s %,d bytes = %,.1f bytes per item%n", what, bytes, (double) bytes / n);
    }

    /** Used heap once repeated full collections stop freeing anything: the live set. */
    private static long usedAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            Thread.sleep(100);
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
