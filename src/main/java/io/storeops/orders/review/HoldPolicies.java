package io.storeops.orders.review;

import io.storeops.orders.ReviewSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The hold policies of the automatic review (F4.2), in the order their reasons are shown. */
public final class HoldPolicies {

    private HoldPolicies() {}

    /**
     * The policies configured by the team's settings, the SKUs the catalog knows and the blacklist; the settings switch
     * the optional ones (incomplete address, buyer message) on or off.
     */
    public static List<HoldPolicy> of(
            ReviewSettings settings,
            Set<String> knownSkus,
            Set<String> blacklistedBuyers,
            Set<String> blacklistedPhones,
            Set<String> blacklistedAddresses) {
        List<HoldPolicy> policies = new ArrayList<>();
        if (settings.holdIncompleteAddress()) {
            policies.add(new IncompleteAddressPolicy());
        }
        policies.add(new SuspiciousWordPolicy(settings.suspiciousKeywords()));
        policies.add(new InvalidPhonePolicy());
        policies.add(new UnusualAmountPolicy(
                settings.minHistoryOrders(), settings.amountFactor(), settings.firstOrderLimit()));
        policies.add(new BlacklistedBuyerPolicy(blacklistedBuyers));
        policies.add(new BlacklistedPhonePolicy(blacklistedPhones));
        policies.add(new BlacklistedAddressPolicy(blacklistedAddresses));
        policies.add(new UnmappedSkuPolicy(knownSkus));
        if (settings.holdOnBuyerMessage()) {
            policies.add(new BuyerMessagePolicy());
        }
        return List.copyOf(policies);
    }
}
