/** The pipeline's transforms, coders and file handling: not API. */
package be.terrain.beam.internal;
