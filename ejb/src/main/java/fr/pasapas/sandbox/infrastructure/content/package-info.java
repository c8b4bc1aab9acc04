/**
 * Reads {@code content/sandbox/} (personas, sites, scenarios), validates each file against its JSON Schema of
 * {@code content/schema/} with the catalogue's content reader, then checks meaning (every reference leads
 * somewhere); every problem is reported as {@code file:line: message}.
 */
package fr.pasapas.sandbox.infrastructure.content;
