/**
 * Sandbox: safe replicas of French administrative sites, played as scenarios. Sites, scenarios and personas are
 * content (YAML under {@code content/sandbox/}); a run is the list of the learner's actions, and what the screen
 * shows is derived by replaying them. Depends on {@code catalogue} (its content reader) and {@code config};
 * never on {@code learning} or the contexts above it.
 */
package fr.pasapas.sandbox;
