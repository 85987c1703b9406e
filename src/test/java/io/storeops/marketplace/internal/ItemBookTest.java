package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.storeops.marketplace.MarketplaceItem;
import io.storeops.marketplace.MarketplaceItem.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemBookTest {

    final ItemBook book = new ItemBook(Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void appliesOnlyAHigherSequence() {
        assertThat(push("I", "129.00", Status.ONSALE, 5).applied()).isTrue();
        var repeated = push("I", "1.00", Status.OFFSHELF, 5);
        var older = push("I", "2.00", Status.OFFSHELF, 4);
        var newer = push("I", "99.50", Status.OFFSHELF, 6);

        assertThat(repeated.applied()).isFalse();
        assertThat(older.applied()).isFalse();
        assertThat(older.current().sequence()).isEqualTo(5);
        assertThat(newer.applied()).isTrue();
        assertThat(book.find("I").orElseThrow().price()).isEqualByComparingTo("99.50");
        assertThat(book.find("I").orElseThrow().status()).isEqualTo(Status.OFFSHELF);
    }

    @Test
    void findsTheItemOfASkuPreferringOneOnSale() {
        book.apply("B-ITEM", "B", new BigDecimal("10.00"), Status.OFFSHELF, List.of("S-1"), 1);
        book.apply("C-ITEM", "C", new BigDecimal("12.00"), Status.ONSALE, List.of("S-1", "S-2"), 1);

        assertThat(book.findBySku("S-1")).map(MarketplaceItem::itemCode).contains("C-ITEM");
        assertThat(book.findBySku("S-2")).map(MarketplaceItem::itemCode).contains("C-ITEM");
        assertThat(book.findBySku("S-3")).isEmpty();
        assertThat(book.find(List.of("C-ITEM", "NONE", "B-ITEM")))
                .extracting(MarketplaceItem::itemCode)
                .containsExactly("C-ITEM", "B-ITEM");
    }

    private ItemBook.PushResult push(String code, String price, Status status, long sequence) {
        return book.apply(code, "Title", new BigDecimal(price), status, List.of(code + "-1"), sequence);
    }
}
