/**
 * The {@code terrain} command line ({@code bin/terrain}): {@code validate}, {@code report}, {@code
 * rules}, {@code convert}, {@code check-table} and {@code demo}, built with picocli on Terrain's
 * public API only. {@link be.terrain.cli.TerrainCli} is the entry point; the rest of the package is
 * its commands and their text output.
 */
package be.terrain.cli;
