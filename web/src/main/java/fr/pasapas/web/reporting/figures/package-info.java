/**
 * The funders' figures page (/trainer/figures.xhtml) for coordinators and the admin, its bar chart drawn on the
 * server as an inline SVG, and the CSV/XLSX download.
 */
package fr.pasapas.web.reporting.figures;
