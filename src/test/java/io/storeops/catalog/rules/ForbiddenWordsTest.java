package io.storeops.catalog.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForbiddenWordsTest {

    private final ForbiddenWords words = new ForbiddenWords(List.of("最", "全网最低", "第一", "100%", "best"));

    @Test
    void findsChineseTermsInsideOrdinaryText() {
        assertThat(words.findIn("本店夏凉被全网最低价，包邮到家")).containsExactly("全网最低");
        assertThat(words.findIn("销量第一的纯棉毛巾")).containsExactly("第一");
    }

    @Test
    void reportsTheLongestTermOnceNotAlsoTheTermsInsideIt() {
        assertThat(words.findIn("全网最低")).containsExactly("全网最低");
        assertThat(words.findIn("全网最低，最好用")).containsExactly("全网最低", "最");
    }

    @Test
    void matchesLatinTermsAsWholeWordsIgnoringCase() {
        assertThat(words.findIn("The BEST towel")).containsExactly("BEST");
        assertThat(words.findIn("bestseller towel")).isEmpty();
        assertThat(words.findIn("100%纯棉")).containsExactly("100%");
    }

    @Test
    void cleanTextHasNoHits() {
        assertThat(words.findIn("新疆长绒棉四件套 亲肤透气")).isEmpty();
        assertThat(words.findIn("")).isEmpty();
        assertThat(new ForbiddenWords(List.of()).findIn("最好")).isEmpty();
    }
}
