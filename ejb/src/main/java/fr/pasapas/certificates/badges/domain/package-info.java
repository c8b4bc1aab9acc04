/** Open Badges as data: the facts of a certificate, the credential and badge class documents, did:web, the stored key row. */
package fr.pasapas.certificates.badges.domain;
