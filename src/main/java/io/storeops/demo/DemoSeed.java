package io.storeops.demo;

/**
 * One module's contribution to the demo store. Seeds run in ascending {@link #order()} (catalog first, then stock,
 * orders, events …), each in its own transaction, and must be deterministic: the same data on every machine.
 */
public interface DemoSeed {

    int order();

    String name();

    void seed();
}
