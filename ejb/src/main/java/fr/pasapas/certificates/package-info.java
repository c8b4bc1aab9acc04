/** Certificates: issued once per learner and module, rendered as PDF, verifiable by anyone by their code. */
package fr.pasapas.certificates;
