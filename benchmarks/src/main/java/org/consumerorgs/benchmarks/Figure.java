package org.consumerorgs.benchmarks;

import java.util.OptionalDouble;

/**
 * One reported figure, a row of results.csv and results.json: what was measured, where, its value, the baseline it
 * is compared with (measured in the same run) and the ratio, and the target with the verdict.
 *
 * @param section writes, search, list, mac or memory
 * @param store memory or postgresql
 * @param subject what was measured: an operation, a query kind, a page
 * @param condition the conditions: threads, organizations, exclusion
 * @param metric throughput, p50, p95, p99, median, mean, max, bytes per organization
 * @param verdict PASS or MISS against the target in a full run; "not judged" in a quick run; "-" without a target
 */
record Figure(
    String section,
    String store,
    String subject,
    String condition,
    String metric,
    double value,
    String unit,
    OptionalDouble baseline,
    OptionalDouble ratio,
    String target,
    String verdict) {}
