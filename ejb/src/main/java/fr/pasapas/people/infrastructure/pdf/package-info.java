/** PDFs of the people context: the printed login cards of learners. */
package fr.pasapas.people.infrastructure.pdf;
