/**
 * The CSV module's internals: the streaming readers (FastCSV first, a recovering tokenizer for
 * broken input), the mapping of header columns to fields, and the shared cell text rules ({@link
 * be.terrain.csv.internal.CsvText}: quoting and the formula prefix). Not API.
 */
package be.terrain.csv.internal;
