/**
 * The statistics engine and the standard dimensions' implementations. Not API: nothing here is
 * stable; use the types of {@code be.terrain.stats}.
 *
 * <p>How it works ({@code stats/README.md} has the long form): {@link
 * be.terrain.stats.internal.Engine} plans the report ({@code ReportPlan}: every dimension and
 * population filter bound once per period), then runs one pass ({@link
 * be.terrain.stats.internal.Pass}) over each kind of record, split into row ranges computed on all
 * cores, and finishes ({@code Finish}). Each range fills its own {@link
 * be.terrain.stats.internal.Accumulator} (counts in one {@code long[]}, person sets as {@code
 * long[]} bit sets over dense person numbers), kept per antenna only; accumulators merge by adding
 * counts and OR-ing sets. Provinces and the organisation are folded from their antennas at the end
 * (sums for counts, unions for persons, so a person is never counted twice), then percents, history
 * and suppression turn the counts into report tables.
 */
package be.terrain.stats.internal;
