package fr.pasapas.sandbox.domain;

import java.util.List;
import java.util.Optional;

/** One screen of a site: its title and its blocks, top to bottom. */
public record Page(String id, Words title, List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }

    public Optional<Block> block(String blockId) {
        return blocks.stream().filter(block -> blockId.equals(block.id())).findFirst();
    }

    public List<Block> inputs() {
        return blocks.stream().filter(block -> block.type().isInput()).toList();
    }
}
