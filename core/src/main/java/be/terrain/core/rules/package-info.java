/**
 * Distribution rules ({@code terrain-rules/1}): what a rationed item may be handed out to, how much
 * per person and period, and within which budget. {@link be.terrain.core.rules.RulesCheck} checks a
 * dataset's distribution ledger against a {@link be.terrain.core.rules.RuleSet} and plans what the
 * budget still allows; {@link be.terrain.core.rules.DistributionDesk} answers, at the moment of
 * handing out, whether a hand-out would break a rule. Money is integer cents throughout.
 */
package be.terrain.core.rules;
