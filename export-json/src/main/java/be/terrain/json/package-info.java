/**
 * The exchange format ({@code terrain/1}) as JSON: the JSON document and its JSON Lines variant
 * read ({@link be.terrain.json.JsonDatasetReader}) and written ({@link
 * be.terrain.json.JsonDatasetWriter}), problems written as JSON ({@link
 * be.terrain.json.ProblemJson}) and the JSON Schema of the format ({@link
 * be.terrain.json.TerrainJson#SCHEMA_RESOURCE}). Reading is hardened against hostile input by the
 * limits of {@link be.terrain.json.JsonLimits}.
 */
package be.terrain.json;
