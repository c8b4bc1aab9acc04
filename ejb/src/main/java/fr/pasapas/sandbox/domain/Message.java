package fr.pasapas.sandbox.domain;

/** A message in the persona's mailbox during a run, e.g. the 6-digit code a site sent. */
public record Message(String id, String folder, Words from, Words subject, Words body, String code) {
}
