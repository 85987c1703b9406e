package io.storeops.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailHtmlTest {

    @Test
    void removesScriptsAndEventHandlers() {
        String dirty =
                "<p>好棉</p><script>alert('x')</script><img src=\"https://img.example.com/a.jpg\" onerror=\"alert(1)\">";
        String clean = DetailHtml.sanitize(dirty);
        assertThat(clean).doesNotContain("<script", "alert", "onerror");
        assertThat(clean).contains("<p>好棉</p>", "<img src=\"https://img.example.com/a.jpg\">");
    }

    @Test
    void removesJavascriptUrlsStylesAndFrames() {
        String clean = DetailHtml.sanitize("<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://evil\"></iframe>"
                + "<style>body{}</style><div style=\"background:url(javascript:alert(1))\">y</div>"
                + "<svg onload=alert(1)></svg><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">");
        assertThat(clean).doesNotContain("javascript", "iframe", "<style", "style=", "onload", "<svg", "data:");
        assertThat(clean).contains("x", "y");
    }

    @Test
    void keepsFormattingTablesAndSafeLinks() {
        String html = "<h3>规格</h3><table><tbody><tr><th>材质</th><td>全棉</td></tr></tbody></table>"
                + "<a href=\"https://shop.example.com\">店铺</a>";
        String clean = DetailHtml.sanitize(html);
        assertThat(clean)
                .contains(
                        "<h3>规格</h3>", "<th>材质</th>", "href=\"https://shop.example.com\"", "rel=\"nofollow noopener\"");
    }

    @Test
    void readsPlainTextAndCountsImages() {
        assertThat(DetailHtml.plainText("<p>全网<b>最低</b></p>")).isEqualTo("全网最低");
        assertThat(DetailHtml.imageCount("<img src=\"https://a/1.jpg\"><p><img src=\"https://a/2.jpg\"></p>"))
                .isEqualTo(2);
        assertThat(DetailHtml.sanitize(null)).isEmpty();
    }
}
