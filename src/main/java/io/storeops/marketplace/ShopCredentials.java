package io.storeops.marketplace;

/**
 * What a merchant gets from the marketplace's developer console: the app key that names the shop in every request
 * and the secret that signs it. {@link #toString()} never shows the secret.
 */
public record ShopCredentials(String shop, String appKey, String appSecret) {

    @Override
    public String toString() {
        return "ShopCredentials[shop=" + shop + ", appKey=" + appKey + ", appSecret=***]";
    }
}
