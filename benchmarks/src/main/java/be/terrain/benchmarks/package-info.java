/** JMH benchmarks of Terrain, run on demand. */
package be.terrain.benchmarks;
