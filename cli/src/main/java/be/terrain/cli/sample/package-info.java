/**
 * A deterministic generator of sample datasets: the small demo dataset of a fictional organisation
 * and the large datasets (scales S1, S2) that the benchmarks read. Everything it generates is valid
 * under the exchange format's rules.
 */
package be.terrain.cli.sample;
