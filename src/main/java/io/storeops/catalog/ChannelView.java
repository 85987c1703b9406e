package io.storeops.catalog;

/** A sales channel and its listing rules. */
public record ChannelView(String code, String name, boolean enabled, ChannelRules rules) {}
