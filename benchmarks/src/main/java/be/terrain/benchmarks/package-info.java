/**
 * JMH benchmarks of Terrain and of the baselines it is measured against (raw CSV parsing with
 * FastCSV and Jackson, DuckDB in-process), with the sample folders they read. Run on demand, never
 * by the build: see the module's README.
 */
package be.terrain.benchmarks;
