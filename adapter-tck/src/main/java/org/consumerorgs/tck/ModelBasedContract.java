package org.consumerorgs.tck;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * A stateful, model-based property: random sequences of everything a host does (create, rename with a current or a
 * stale version, delete, register and delete shares, add consumers in batches mixing existing, new, invalid and
 * repeated entries, remove consumers, move the clock across days and months, page through lists, search, and act as
 * another provider) run through the public SDK over the adapter, and through a {@linkplain ReferenceModel reference
 * model} of the SDK's rules. After every step both must agree on the outcome (the same result, or the same
 * exception with the same details), and on the whole readable state: the live organizations with names, versions and
 * order; each share's consumers; Monthly Active Consumers of this month and the last; both providers' event logs.
 *
 * <p>When they disagree, jqwik shrinks the run to a short script of steps, each described in words, with the first
 * difference in the failure message (shrinking stops after jqwik's bound, 10 seconds by default; raise
 * {@code jqwik.shrinking.bounded.seconds} in {@code junit-platform.properties} for a slow store).
 *
 * <p>Each try starts from {@link #newStorage()}: keep that cheap (an emptied schema, not a new server). The default of
 * {@value #TRIES} tries runs in a few seconds on the in-memory adapter; a slow store can run fewer by annotating its
 * test class, which takes precedence over the default set here:
 *
 * <pre>{@code
 * @PropertyDefaults(tries = 20)
 * class PostgresStorageContractTest extends AdapterContract { ... }
 * }</pre>
 */
@PropertyDefaults(tries = ModelBasedContract.TRIES)
public interface ModelBasedContract extends StorageFactory {
  /** Runs per property, unless the adapter's test class sets its own {@code @PropertyDefaults(tries = ...)}. */
  int TRIES = 80;
  /** Steps per run. */
  int MAX_STEPS = 40;

  @Property
  default void anAdapterBehavesLikeTheReferenceModel(@ForAll("modelledRuns") ActionChain<ModelledSystem> run) {
    run.withInvariant("the adapter's state is the reference model's", ModelledSystem::assertSameState).run();
    Statistics.label("steps per run").collect(run.transformations().size() / 10 * 10 + "+");
  }

  @Provide
  default ActionChainArbitrary<ModelledSystem> modelledRuns() {
    return ActionChain.<ModelledSystem>startWith(() -> ModelledSystem.start(this))
        .withAction(5, ModelActions.steady(ModelActions.create()))
        .withAction(3, ModelActions.steady(ModelActions.rename()))
        .withAction(2, ModelActions.steady(ModelActions.delete()))
        .withAction(3, ModelActions.steady(ModelActions.registerShare()))
        .withAction(1, ModelActions.steady(ModelActions.deleteShare()))
        .withAction(5, ModelActions.steady(ModelActions.addConsumers()))
        .withAction(2, ModelActions.steady(ModelActions.removeConsumer()))
        .withAction(2, ModelActions.steady(ModelActions.advanceClock()))
        .withAction(1, ModelActions.steady(ModelActions.pageOrganizations()))
        .withAction(1, ModelActions.steady(ModelActions.pageConsumers()))
        .withAction(1, ModelActions.steady(ModelActions.pageSharesOf()))
        .withAction(2, ModelActions.steady(ModelActions.search()))
        .withAction(1, ModelActions.steady(ModelActions.bobCreates()))
        .withAction(1, ModelActions.steady(ModelActions.bobTouches()))
        .withMaxTransformations(MAX_STEPS)
        .improveShrinkingWith(ModelledSystem::everyStepDroppable);
  }
}
