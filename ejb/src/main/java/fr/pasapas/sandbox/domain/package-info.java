/**
 * The sandbox's model and run engine, plain Java: {@link fr.pasapas.sandbox.domain.Site} and its blocks,
 * {@link fr.pasapas.sandbox.domain.Scenario} and its expected path, {@link fr.pasapas.sandbox.domain.Run} (the
 * learner's actions) and {@link fr.pasapas.sandbox.domain.Replay} (the state derived from them), seen through a
 * {@link fr.pasapas.sandbox.domain.Mode}.
 */
package fr.pasapas.sandbox.domain;
