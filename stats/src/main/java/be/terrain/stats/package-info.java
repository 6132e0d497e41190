/** Terrain's stats module. */
package be.terrain.stats;
