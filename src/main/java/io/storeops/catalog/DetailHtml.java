package io.storeops.catalog;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Product detail pages are HTML written by people and by imports. Only a safe subset survives: formatting, lists,
 * tables, links and images over http(s). Scripts, styles, event handlers ({@code onerror=…}) and {@code javascript:}
 * URLs are removed on the way in, so they can never reach another user's browser.
 */
public final class DetailHtml {

    private static final Safelist SAFE = Safelist.relaxed()
            .addAttributes("img", "width", "height")
            .addProtocols("img", "src", "http", "https")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private DetailHtml() {}

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFE, OUTPUT).trim();
    }

    public static String plainText(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().trim();
    }

    public static int imageCount(String html) {
        return html == null || html.isBlank()
                ? 0
                : Jsoup.parse(html).select("img[src]").size();
    }
}
