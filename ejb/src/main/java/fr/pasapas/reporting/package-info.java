/** Reporting: what trainers and partners see of their learners' progress. */
package fr.pasapas.reporting;
