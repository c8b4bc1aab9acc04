/** The sandbox's runs in the database (JPA): {@code sandbox_run} and its append-only {@code sandbox_action}. */
package fr.pasapas.sandbox.infrastructure.persistence;
