/**
 * Internals of the JSON module: the one shared hardened Jackson mapper, the streaming readers of
 * the JSON document and of JSON Lines, the record locators and the layout of written files. Not an
 * API: anything here may change.
 */
package be.terrain.json.internal;
