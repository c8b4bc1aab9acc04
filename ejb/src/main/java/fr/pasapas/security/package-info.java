/**
 * Security building blocks shared by every context: how secrets are hashed (Jakarta Security's
 * Pbkdf2PasswordHash with the platform's parameters) and when a stored hash is rewritten.
 */
package fr.pasapas.security;
