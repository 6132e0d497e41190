/**
 * The platform: {@link be.terrain.platform.Terrain}, the entry point an application embeds — plugin
 * discovery and loading, reading through the registered dataset formats, validation with every
 * rule, the check of every distribution rule kind — and {@link be.terrain.platform.PluginReport},
 * what became of each plugin.
 */
package be.terrain.platform;
