/** JPA and SQL for the people context: the learner's write lock on their account row. */
package fr.pasapas.people.infrastructure.persistence;
