package io.storeops.catalog.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds forbidden words inside running text. Chinese has no spaces between words, so a Chinese term matches anywhere
 * (全网最低 inside 本店全网最低价); a Latin term (e.g. {@code best}) matches only as a whole word. Longer terms win
 * over the shorter terms they contain, so 全网最低 is reported once, not also as 最.
 */
public final class ForbiddenWords {

    private final List<String> words;

    public ForbiddenWords(List<String> words) {
        this.words = words.stream()
                .filter(w -> !w.isBlank())
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The forbidden words found in the text, in order of first appearance. */
    public List<String> findIn(String text) {
        if (text == null || text.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        String haystack = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[haystack.length()];
        List<Hit> hits = new ArrayList<>();
        for (String word : words) {
            int from = 0;
            while ((from = haystack.indexOf(word, from)) >= 0) {
                int end = from + word.length();
                if (isWholeWord(haystack, word, from, end) && free(taken, from, end)) {
                    for (int i = from; i < end; i++) {
                        taken[i] = true;
                    }
                    hits.add(new Hit(from, text.substring(from, end)));
                }
                from = end;
            }
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        Set<String> found = new LinkedHashSet<>();
        hits.forEach(h -> found.add(h.word()));
        return List.copyOf(found);
    }

    private static boolean free(boolean[] taken, int from, int end) {
        for (int i = from; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWholeWord(String text, String word, int from, int end) {
        if (!isLatinLetter(word.charAt(0)) && !isLatinLetter(word.charAt(word.length() - 1))) {
            return true;
        }
        boolean startOk = !isLatinLetter(word.charAt(0)) || from == 0 || !isLatinLetter(text.charAt(from - 1));
        boolean endOk = !isLatinLetter(word.charAt(word.length() - 1))
                || end == text.length()
                || !isLatinLetter(text.charAt(end));
        return startOk && endOk;
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private record Hit(int position, String word) {}
}
