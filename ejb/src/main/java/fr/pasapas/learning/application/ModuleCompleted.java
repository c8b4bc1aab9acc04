package fr.pasapas.learning.application;

/**
 * A learner has just met a module's completion rule. Fired once per learner and module, inside the
 * transaction that records the completion: an observer that fails rolls the completion back, so a module
 * is never completed without what its observers do (the certificates context issues the certificate).
 *
 * @param contentVersion the version of the module's content the learner completed
 */
public record ModuleCompleted(long learnerId, String moduleId, int contentVersion) {
}
