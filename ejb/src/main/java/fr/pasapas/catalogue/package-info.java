/**
 * Catalogue: the courses as data. The content model and its step types (each owning its answer rules), the
 * loader that reads and validates {@code content/}, and the service that serves the loaded catalogue. Depends
 * only on {@code config}.
 */
package fr.pasapas.catalogue;
