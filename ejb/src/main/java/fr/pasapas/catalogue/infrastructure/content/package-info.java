/**
 * Courses as data: reads the YAML files of {@code content/} (catalogue, course manifests, modules), validates
 * them against the JSON Schemas of {@code content/schema/} (networknt json-schema-validator, see
 * {@link fr.pasapas.catalogue.infrastructure.content.ContentSchema}) plus meaning checks, and builds the
 * {@link fr.pasapas.catalogue.domain.Catalogue}. Plain Java (no CDI, no EJB): the application wraps
 * {@link fr.pasapas.catalogue.infrastructure.content.ContentLoader} in a service.
 *
 * <p>Every problem is reported as {@code file:line: message}, the file relative to the content root, so a
 * course author knows exactly what to fix. A catalogue is only built when there is no problem at all.
 */
package fr.pasapas.catalogue.infrastructure.content;
