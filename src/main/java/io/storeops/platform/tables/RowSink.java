package io.storeops.platform.tables;

import java.util.List;

/** Receives the rows of a table file in order, numbered as Excel shows them; answers false to stop reading. */
@FunctionalInterface
public interface RowSink {

    boolean accept(int number, List<String> cells);
}
