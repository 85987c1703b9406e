package io.storeops.catalog.importing;

import io.storeops.catalog.CategoryNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** All categories of the tree, flattened in tree order, to look codes and ids up in files. */
record CategoryIndex(List<CategoryNode> all) {

    static CategoryIndex of(List<CategoryNode> tree) {
        List<CategoryNode> flat = new ArrayList<>();
        addAll(tree, flat);
        return new CategoryIndex(List.copyOf(flat));
    }

    Map<String, Long> idsByCode() {
        return all.stream().collect(Collectors.toMap(CategoryNode::code, CategoryNode::id));
    }

    Map<Long, String> codesById() {
        return all.stream().collect(Collectors.toMap(CategoryNode::id, CategoryNode::code));
    }

    /** The leaf categories, where products normally belong. */
    List<CategoryNode> leaves() {
        return all.stream().filter(c -> c.children().isEmpty()).toList();
    }

    private static void addAll(List<CategoryNode> nodes, List<CategoryNode> flat) {
        for (CategoryNode node : nodes) {
            flat.add(node);
            addAll(node.children(), flat);
        }
    }
}
