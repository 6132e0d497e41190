/**
 * Terrain's CSV files: the exchange format's CSV folders read ({@link
 * be.terrain.csv.CsvDatasetReader}) and written ({@link be.terrain.csv.CsvDatasetWriter}) in both
 * dialects ({@link be.terrain.csv.CsvDialect}), formula-injection safe, and the report's CSV.
 */
package be.terrain.csv;
