/**
 * Reads {@code content/sandbox/}: the manifest {@code sandbox.yaml}, then the personas and the sites and
 * scenarios it names (never a folder listing of the packaged files), validates each file against its JSON Schema of
 * {@code content/schema/} with the catalogue's content reader, then checks meaning (every reference leads
 * somewhere); every problem is reported as {@code file:line: message}.
 */
package fr.pasapas.sandbox.infrastructure.content;
