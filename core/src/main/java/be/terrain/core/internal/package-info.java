/**
 * Core's implementation, not part of the API: the compact column storage behind a dataset (id
 * pools, tables), the field rules defined once for both validation paths, the dataset rules, and
 * the loader of the standard code lists. May change in any release.
 */
package be.terrain.core.internal;
