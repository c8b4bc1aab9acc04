package fr.pasapas.learning.application;

import java.io.Serializable;
import java.util.List;

/** One page of the help inbox and how many requests the filter finds in all. */
public record InboxPage(List<InboxRow> rows, long total) implements Serializable {
}
