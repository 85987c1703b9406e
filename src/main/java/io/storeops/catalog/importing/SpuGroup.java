package io.storeops.catalog.importing;

import java.util.List;

/** The rows of one SPU in file order; each row is one of its SKUs. */
record SpuGroup(String spuCode, List<ImportRow> rows) {

    ImportRow first() {
        return rows.getFirst();
    }
}
