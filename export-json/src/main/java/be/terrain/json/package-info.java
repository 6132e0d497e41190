/** Terrain's json module. */
package be.terrain.json;
