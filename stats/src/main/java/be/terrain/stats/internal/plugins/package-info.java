/**
 * How the statistics module offers its extension points to the platform's plugins ({@link
 * be.terrain.stats.internal.plugins.StatsExtension}) and registers the standard report ({@link
 * be.terrain.stats.internal.plugins.StatsBuiltIns}). Not API.
 */
package be.terrain.stats.internal.plugins;
