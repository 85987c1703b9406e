package io.storeops.catalog;

import java.util.List;

/** A category with the attributes its products must fill in, and its sub-categories. */
public record CategoryNode(
        long id,
        String code,
        String nameZh,
        String nameEn,
        Long parentId,
        List<String> requiredAttributes,
        List<CategoryNode> children) {}
