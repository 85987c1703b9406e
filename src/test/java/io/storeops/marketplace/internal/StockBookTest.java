package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.marketplace.ListingStock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StockBookTest {

    final StockBook book = new StockBook(Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void appliesAHigherSequence() {
        assertThat(book.apply("A", 12, 1).applied()).isTrue();
        var result = book.apply("A", 7, 2);
        assertThat(result.applied()).isTrue();
        assertThat(result.current()).isEqualTo(new ListingStock("A", 7, 2, Instant.parse("2026-11-25T08:00:00Z")));
    }

    @Test
    void ignoresARepeatedOrOlderSequence() {
        book.apply("A", 12, 5);
        var repeated = book.apply("A", 99, 5);
        var older = book.apply("A", 3, 4);
        assertThat(repeated.applied()).isFalse();
        assertThat(older.applied()).isFalse();
        assertThat(book.find("A").orElseThrow().quantity()).isEqualTo(12);
        assertThat(older.current().sequence()).isEqualTo(5);
    }

    @Test
    void keepsSequencesPerSku() {
        book.apply("A", 1, 10);
        assertThat(book.apply("B", 2, 1).applied()).isTrue();
    }

    @Test
    void convergesOnTheHighestSequenceWhateverTheArrivalOrder() {
        book.apply("A", 30, 3);
        book.apply("A", 10, 1);
        book.apply("A", 20, 2);
        assertThat(book.find("A").orElseThrow().quantity()).isEqualTo(30);
    }

    @Test
    void pagesAllListingsInSkuOrder() {
        for (var sku : List.of("C", "A", "E", "B", "D")) {
            book.apply(sku, 1, 1);
        }
        assertThat(book.page(0, 2)).extracting(ListingStock::skuCode).containsExactly("A", "B");
        assertThat(book.page(2, 2)).extracting(ListingStock::skuCode).containsExactly("E");
        assertThat(book.page(3, 2)).isEmpty();
    }
}
