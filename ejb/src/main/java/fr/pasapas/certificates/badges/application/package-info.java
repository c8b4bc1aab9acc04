/** Open Badges use cases: the holder's signed credential, the public key documents, badge classes and revocation lists, and the platform key (loaded once, generated once under a row lock). */
package fr.pasapas.certificates.badges.application;
