/** The federation's internals: sketches, JSON reading and writing, merging. Not API. */
package be.terrain.federation.internal;
