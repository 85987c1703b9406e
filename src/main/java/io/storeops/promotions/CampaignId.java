package io.storeops.promotions;

/** The identity of a campaign. */
public record CampaignId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
