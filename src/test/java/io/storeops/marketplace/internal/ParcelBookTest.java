package io.storeops.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storeops.marketplace.MarketplaceOrder;
import io.storeops.marketplace.MarketplaceShipment;
import io.storeops.marketplace.MarketplaceTrackingEvent;
import io.storeops.marketplace.MarketplaceTrackingEvent.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParcelBookTest {

    static final MarketplaceOrder.Address ADDRESS = new MarketplaceOrder.Address("浙江省", "杭州市", "西湖区", "文化路123号");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));

    ParcelBook book(double stallProbability, long seed) {
        return new ParcelBook("SIM", clock, new Random(seed), Duration.ofSeconds(20), stallProbability);
    }

    static MarketplaceShipment shipment(String trackingNo) {
        return new MarketplaceShipment(
                "S-" + trackingNo,
                "SIM20261125000001",
                "SF",
                trackingNo,
                List.of(new MarketplaceShipment.Line("SKU-1", 1)),
                Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void aParcelIsScannedOneStepAtATimeUntilDelivered() {
        var parcels = book(0, 1);
        var accepted = parcels.register(shipment("SF0000000001"), ADDRESS);
        assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
        assertThat(accepted.description()).contains("顺丰速运").contains("揽收");

        clock.advance(Duration.ofSeconds(19));
        assertThat(parcels.tick()).isZero();
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(20));
            parcels.tick();
        }
        var events = parcels.events("SF0000000001");
        var statuses = events.stream().map(MarketplaceTrackingEvent::status).toList();
        assertThat(statuses.getFirst()).isEqualTo(Status.ACCEPTED);
        assertThat(statuses.subList(statuses.size() - 2, statuses.size()))
                .containsExactly(Status.OUT_FOR_DELIVERY, Status.DELIVERED);
        assertThat(statuses.stream().filter(s -> s == Status.IN_TRANSIT).count())
                .isBetween(2L, 4L);
        assertThat(events.get(events.size() - 3).description()).isEqualTo("快件已到达【杭州转运中心】");
        assertThat(events.getLast().location()).isEqualTo("杭州市西湖区");
        assertThat(events.get(1).occurredAt()).isEqualTo(accepted.occurredAt().plusSeconds(39));
        assertThat(parcels.all()).hasSameSizeAs(events);
        assertThat(parcels.page(0, 2).entries()).hasSize(2);
        assertThat(parcels.page(0, 2).hasMore()).isTrue();
    }

    @Test
    void aStallingParcelIsHeardOfNoMoreAfterATransitScanUnlessMovedByHand() {
        var parcels = book(1.0, 2);
        parcels.register(shipment("SF0000000002"), ADDRESS);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(20));
            parcels.tick();
        }
        var events = parcels.events("SF0000000002");
        assertThat(events.getLast().status()).isEqualTo(Status.IN_TRANSIT);
        assertThat(parcels.stalled("SF0000000002")).isTrue();

        var rest = parcels.deliver("SF0000000002");
        assertThat(rest.getLast().status()).isEqualTo(Status.DELIVERED);
        assertThat(parcels.stalled("SF0000000002")).isFalse();
        assertThat(parcels.advance("SF0000000002")).isEmpty();
    }

    @Test
    void stallAndAdvanceByHand() {
        var parcels = book(0, 3);
        parcels.register(shipment("SF0000000003"), ADDRESS);
        assertThat(parcels.advance("SF0000000003"))
                .map(MarketplaceTrackingEvent::status)
                .contains(Status.IN_TRANSIT);
        parcels.stall("SF0000000003");
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(20));
            assertThat(parcels.tick()).isZero();
        }
        assertThat(parcels.events("SF0000000003")).hasSize(2);
        assertThatThrownBy(() -> parcels.advance("NOPE"))
                .isInstanceOfSatisfying(
                        MarketplaceException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aShareOfParcelsStalls() {
        var parcels = book(0.2, 4);
        for (int i = 0; i < 200; i++) {
            parcels.register(shipment("YT%010d".formatted(i)), ADDRESS);
        }
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(20));
            parcels.tick();
        }
        long stalled = 0;
        for (int i = 0; i < 200; i++) {
            if (parcels.stalled("YT%010d".formatted(i))) {
                stalled++;
            }
        }
        assertThat(stalled).isBetween(20L, 60L);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
