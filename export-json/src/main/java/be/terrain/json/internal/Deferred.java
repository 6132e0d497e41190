package be.terrain.json.internal;

import be.terrain.core.ProblemCode;
import tools.jackson.core.TokenStreamLocation;

/**
 * A problem found in a record, reported once the record's id is known.
 *
 * @param field the member concerned
 * @param value the offending value as shown, or null
 * @param args the arguments of the code's message
 * @param at where the parser was
 */
record Deferred(
    ProblemCode code, String field, String value, Object[] args, TokenStreamLocation at) {}
