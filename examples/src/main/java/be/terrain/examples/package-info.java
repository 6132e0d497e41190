/** Runnable programs built only on Terrain's public API. */
package be.terrain.examples;
