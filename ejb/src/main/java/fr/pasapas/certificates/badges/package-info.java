/**
 * Open Badges 3.0: every certificate can be exported as an OpenBadgeCredential (a W3C Verifiable Credential)
 * signed as a VC-JWT with the platform's own key, which is published as a JWK Set and a {@code did:web} document
 * so that a wallet or a CV platform verifies it without asking us. See docs/certificates.md.
 */
package fr.pasapas.certificates.badges;
