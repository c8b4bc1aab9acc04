/**
 * Learning: each learner's progress through the catalogue (step states, answers, completion), help requests
 * and the screens built from them. Depends on the catalogue and people; announces a completed module with a
 * {@code ModuleCompleted} event and never calls the contexts above it.
 */
package fr.pasapas.learning;
