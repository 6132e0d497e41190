/** Terrain's csv module. */
package be.terrain.csv;
