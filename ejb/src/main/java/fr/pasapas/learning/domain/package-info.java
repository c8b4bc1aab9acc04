/**
 * The learning catalogue as the application sees it once content files are loaded and validated:
 * courses, their modules and the steps of each module. Immutable values, no persistence.
 */
package fr.pasapas.learning.domain;
