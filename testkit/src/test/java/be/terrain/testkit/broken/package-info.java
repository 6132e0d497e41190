/**
 * Implementations that break a contract, each in a kit subclass named {@code *Case} (so that the
 * build does not run them directly): {@code ContractFailuresTest} runs them through the JUnit
 * Platform's engine test kit and checks that they fail, naming the contract.
 */
package be.terrain.testkit.broken;
