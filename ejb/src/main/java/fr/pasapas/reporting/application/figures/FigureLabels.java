package fr.pasapas.reporting.application.figures;

/**
 * The words of an export in the reader's language: the text of a bundle key such as {@code figures.col.active}
 * or {@code figures.age.UNDER_26} (the web layer reads them from its bundles).
 */
@FunctionalInterface
public interface FigureLabels {

    String text(String key);
}
