/**
 * An example of a plugin of Terrain, built as its own jar and found by the service loader: a
 * federation's report ({@code fdss-2020}, eight tables with ten-year age bands), the code list of
 * those bands, the rule that Médibus contacts happen at antennas of Hainaut, and a cap on the value
 * handed out per person and month. Built only on Terrain's API and SPI; tested with {@code
 * terrain-testkit}.
 */
package org.example.fdss;
