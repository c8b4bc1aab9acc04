/**
 * One class per step view ({@code WEB-INF/steps/<view>.xhtml}): it reads what that view's form posted into an
 * {@link fr.pasapas.catalogue.domain.Answer} (refusing a missing or forged field with a message) and gives the
 * view what it shows besides the step itself. {@link fr.pasapas.web.learning.steps.StepInputs} picks the class by
 * step type. Judging the answer is the step's own business (catalogue domain), never this package's.
 */
package fr.pasapas.web.learning.steps;
