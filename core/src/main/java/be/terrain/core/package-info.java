/**
 * Terrain's domain: code lists, the records an outreach organisation keeps, periods, datasets and
 * their validation. This package is the public API; nothing here reads or writes a file format.
 */
package be.terrain.core;
