/**
 * The web layer: JSF views' backing beans, servlets and security configuration. It calls the application
 * services of the ejb module and never touches the EntityManager. Sub-packages mirror the ejb contexts.
 */
package fr.pasapas.web;
