/** Learning: the catalogue loaded from content files, and each learner's progress through it. */
package fr.pasapas.learning;
