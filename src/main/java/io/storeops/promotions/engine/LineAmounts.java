package io.storeops.promotions.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Line id → fen for the non-zero amounts of a cart-length array, in cart order: an immutable map over two arrays, so an
 * {@link Applied} allocation is neither boxed nor copied while the engine builds its result.
 */
final class LineAmounts extends AbstractMap<String, Long> {

    private final String[] lineIds;
    private final long[] amounts;

    private LineAmounts(String[] lineIds, long[] amounts) {
        this.lineIds = lineIds;
        this.amounts = amounts;
    }

    /** The non-zero {@code amounts} (indexed like {@code lines}) by line id. */
    static LineAmounts of(CartLine[] lines, long[] amounts) {
        int count = 0;
        for (long a : amounts) {
            if (a != 0) {
                count++;
            }
        }
        String[] ids = new String[count];
        long[] values = new long[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (amounts[i] != 0) {
                ids[k] = lines[i].lineId();
                values[k++] = amounts[i];
            }
        }
        return new LineAmounts(ids, values);
    }

    @Override
    public int size() {
        return lineIds.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public @Nullable Long get(Object key) {
        int k = indexOf(key);
        return k < 0 ? null : amounts[k];
    }

    private int indexOf(Object key) {
        for (int k = 0; k < lineIds.length; k++) {
            if (lineIds[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Long>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < lineIds.length;
                    }

                    @Override
                    public Map.Entry<String, Long> next() {
                        if (next >= lineIds.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return Map.entry(lineIds[k], amounts[k]);
                    }
                };
            }

            @Override
            public int size() {
                return lineIds.length;
            }
        };
    }
}
