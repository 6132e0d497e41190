/**
 * Federation figures: member contributions ({@code terrain-contribution/1}) and the federation
 * report ({@code terrain-federation-report/1}), with distinct persons across members estimated from
 * HLL sketches of keyed hashes of the persons' linkage codes.
 */
module be.terrain.federation {
  requires transitive be.terrain.stats;
  requires tools.jackson.core;
  requires datasketches.java;
  requires org.apache.datasketches.memory;
  requires org.slf4j;
  requires static org.apiguardian.api;

  exports be.terrain.federation;
}
