package io.storeops.inventory;

/** A warehouse; a lower priority number is preferred when routing. */
public record WarehouseView(long id, String code, String name, String province, int priority, boolean active) {}
