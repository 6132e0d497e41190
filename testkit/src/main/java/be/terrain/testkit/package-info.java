/**
 * Terrain's conformance kit for plugins: abstract test classes that a plugin author extends in a
 * few lines, as Micrometer's {@code MeterRegistryCompatibilityKit}. Each is a JUnit 5 class of
 * {@code @Nested} groups whose display names read as the contract's sentences; a failure names the
 * contract and the clause it breaks ({@code DatasetFormatContract › reads back every valid dataset
 * it wrote}).
 *
 * <ul>
 *   <li>{@link be.terrain.testkit.PluginContract}: the plugin loads, identifies itself and is found
 *       by the service loader;
 *   <li>{@link be.terrain.testkit.CodeListContract}: its lists and codes have three labels and
 *       clash with no standard code;
 *   <li>{@link be.terrain.testkit.DimensionContract}: a dimension is total and deterministic;
 *   <li>{@link be.terrain.testkit.ReportDefinitionContract}: a report's tables add up as the
 *       specification says, in every scope;
 *   <li>{@link be.terrain.testkit.DatasetFormatContract}: a format round-trips every valid dataset
 *       and reports malformed input as problems;
 *   <li>{@link be.terrain.testkit.DatasetRuleContract}: a rule never throws and reports its own
 *       codes only.
 * </ul>
 *
 * <p>{@link be.terrain.testkit.DatasetFormatProperties} is the format's round trip as a
 * QuickTheories property in a contract interface (a default {@code @Test}, shrinking a failing
 * dataset); {@code DatasetFormatContract} runs it as its round trip. {@link
 * be.terrain.testkit.ValidDatasets} generates the valid datasets the contracts run on
 * (QuickTheories {@code Gen}s, seeded samples), with a plugin's codes when given its registry.
 */
package be.terrain.testkit;
