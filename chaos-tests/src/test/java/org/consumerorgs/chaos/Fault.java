package org.consumerorgs.chaos;

import java.time.Duration;

/** What goes wrong while the workload runs: started with it, stopped before the checks read the store. */
interface Fault {
  /** Starts injecting; {@code runTime} is how long the workload will run, so that faults can be placed in it. */
  void start(Duration runTime);

  /** Stops injecting and leaves the database reachable again, so that the checks can read it. */
  void stop();

  /** What was done, for the run's figures: "412 connections cut in 180 cuts". */
  String summary();
}
