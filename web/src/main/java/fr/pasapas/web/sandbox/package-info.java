/**
 * The practice sandbox's screens: the list of scenarios, and a run drawn as a simulated browser (address bar,
 * tabs, the site's look and blocks) inside the practice frame (banner, persona sheet, guidance, undo, restart).
 * Pages are stateless: plain forms post back to the run's address and are answered with a redirect.
 */
package fr.pasapas.web.sandbox;
