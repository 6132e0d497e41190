/**
 * The one-record path: {@link be.terrain.validation.RecordValidator} checks a record an application
 * built with Bean Validation (Hibernate Validator) and the constraints of {@link
 * be.terrain.core.validation} that core's record types carry. A module of its own, so that core
 * needs neither Hibernate Validator nor, at run time, the Bean Validation API.
 */
package be.terrain.validation;
