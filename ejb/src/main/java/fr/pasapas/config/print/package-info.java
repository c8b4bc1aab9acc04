/**
 * Printing helpers shared by the contexts that make PDFs (login cards in people, certificates): a QR code drawn
 * as vector rectangles, text made drawable by an embedded font, and names in every script ({@link
 * fr.pasapas.config.print.ScriptWriter}: Arabic joined and right-to-left text in visual order with ICU4J, each word
 * in a font of {@link fr.pasapas.config.print.PrintFonts} that has its glyphs). They depend on PDFBox, ZXing and
 * ICU4J only.
 */
package fr.pasapas.config.print;
