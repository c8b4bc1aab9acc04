/** Security building blocks shared by every context: secret hashing. */
package fr.pasapas.security;
