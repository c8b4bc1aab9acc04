/** JOSE with the JDK alone: P-256 keys, their JWK members and thumbprint, ES256 compact signatures. */
package fr.pasapas.certificates.badges.infrastructure;
