package fr.pasapas.sandbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made blocks for the engine's tests, without the record's long constructor. */
final class BlockBuilder {

    private final BlockType type;
    private final String id;
    private final Words text;
    private PageRef goes;
    private String input;
    private boolean required;
    private String expects;
    private final List<Block.Option> options = new ArrayList<>();
    private boolean checks;
    private Block.MessageTemplate sends;
    private List<List<Words>> rows;
    private List<Words> items;
    private String prefill;
    private final List<Block.Branch> branches = new ArrayList<>();
    private PageRef returns;
    private String document;

    private BlockBuilder(BlockType type, String id, Words text) {
        this.type = type;
        this.id = id;
        this.text = text;
    }

    static BlockBuilder of(BlockType type, String id, String text) {
        return new BlockBuilder(type, id, Words.of(text));
    }

    static BlockBuilder of(BlockType type, String id, Words text) {
        return new BlockBuilder(type, id, text);
    }

    BlockBuilder goes(String site, String page) {
        goes = new PageRef(site, page);
        return this;
    }

    BlockBuilder goesBack() {
        goes = PageRef.BACK;
        return this;
    }

    BlockBuilder digits() {
        input = "digits";
        return this;
    }

    BlockBuilder required() {
        required = true;
        return this;
    }

    BlockBuilder expects(String value) {
        expects = value;
        return this;
    }

    BlockBuilder option(String value, Words label) {
        options.add(new Block.Option(value, label));
        return this;
    }

    BlockBuilder checks() {
        checks = true;
        return this;
    }

    BlockBuilder sends(String messageId, String body) {
        sends = new Block.MessageTemplate(messageId, "reception", Words.of("Site"), Words.of("Votre code"), Words.of(body));
        return this;
    }

    BlockBuilder rows(List<List<Words>> cells) {
        rows = cells;
        return this;
    }

    BlockBuilder items(Words... texts) {
        items = List.of(texts);
        return this;
    }

    BlockBuilder prefill(String value) {
        prefill = value;
        return this;
    }

    BlockBuilder branch(Map<String, String> when, String site, String page) {
        branches.add(new Block.Branch(when, new PageRef(site, page)));
        return this;
    }

    BlockBuilder returns(String site, String page) {
        returns = new PageRef(site, page);
        return this;
    }

    Block build() {
        return new Block(type, id, text, goes, input, required, null, null, expects, null, options, checks, sends, null,
                null, rows, items, prefill, branches, returns, null, document, false);
    }

    BlockBuilder document(String documentId) {
        document = documentId;
        return this;
    }
}
