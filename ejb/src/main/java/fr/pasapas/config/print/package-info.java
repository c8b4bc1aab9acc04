/**
 * Printing helpers shared by the contexts that make PDFs (login cards in people, certificates): a QR code drawn
 * as vector rectangles and text made drawable by an embedded font. They depend on PDFBox and ZXing only.
 */
package fr.pasapas.config.print;
