/**
 * Federation figures ({@code federation.md}): a member's {@link be.terrain.federation.Contribution}
 * computed from its dataset by the statistics engine's one pass, written and read strictly as
 * {@code terrain-contribution/1}; {@link be.terrain.federation.Federation#merge} merging any number
 * of them into a {@link be.terrain.federation.FederationReport} ({@code
 * terrain-federation-report/1}). Distinct persons across members are estimated from HLL sketches of
 * HMAC-SHA-256 hashes of the persons' linkage codes under a {@link
 * be.terrain.federation.FederationKey} the federation never sees.
 */
package be.terrain.federation;
