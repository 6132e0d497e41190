/**
 * How {@link be.terrain.platform.Terrain} loads plugins. Not API.
 *
 * <p>{@link be.terrain.platform.internal.PluginLoader} reads each candidate's identity defensively,
 * refuses the malformed and the incompatible, orders the rest (priority, then id), refuses
 * duplicate ids, then lets each plugin register into a {@link be.terrain.platform.internal.Staging}
 * context over a copy of what is registered so far. The copy replaces the registry only when the
 * plugin registered without a refusal: a refused plugin leaves nothing behind.
 */
package be.terrain.platform.internal;
