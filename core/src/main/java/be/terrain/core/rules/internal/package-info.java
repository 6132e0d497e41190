/** The engine behind the rules check and the distribution desk: compiled rules, primitive maps. */
package be.terrain.core.rules.internal;
