/** People: organisations and the accounts of learners, trainers, partner coordinators and admins. */
package fr.pasapas.people;
