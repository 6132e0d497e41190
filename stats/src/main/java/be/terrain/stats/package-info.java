/**
 * Statistics: from a {@link be.terrain.core.Dataset} and a period to the tables of a report, for
 * every scope (each antenna, each province, the organisation), in one pass over the records.
 *
 * <p>A report is described by data, not code: a {@link be.terrain.stats.ReportDefinition} lists
 * {@link be.terrain.stats.TableSpec}s, each crossing a {@link be.terrain.stats.Dimension} with a
 * {@link be.terrain.stats.Measure} over a {@link be.terrain.stats.Population}. {@link
 * be.terrain.stats.ReportDefinition#standard()} is the standard activity report ({@code
 * standard-report.md}); other reports (a federation's, a funder's) are other definitions. {@link
 * be.terrain.stats.Statistics#compute} turns a dataset, a definition and {@link
 * be.terrain.stats.ReportOptions} into an immutable {@link be.terrain.stats.Report}, which the
 * export modules write as {@code report.json} and {@code report.csv}.
 *
 * <p>{@link be.terrain.stats.Percentages} and {@link be.terrain.stats.PercentConsistency} are the
 * rounding rules on their own, for tools that combine or check published tables.
 */
package be.terrain.stats;
