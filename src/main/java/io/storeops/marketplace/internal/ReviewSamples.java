package io.storeops.marketplace.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The review texts generated reviews are drawn from, {@code marketplace/review-samples.tsv} ({@code rating<TAB>content}),
 * with ratings skewed positive as on real shops: 5 stars 62 %, 4 stars 20 %, 3 stars 8 %, 2 stars 4 %, 1 star 6 %.
 */
final class ReviewSamples {

    static final String RESOURCE = "marketplace/review-samples.tsv";

    /** Cumulative chance of ratings 5, 4, 3, 2 (1 takes the rest). */
    private static final double[] CUMULATIVE = {0.62, 0.82, 0.90, 0.94};

    private static final Map<Integer, List<String>> BY_RATING = load();

    private ReviewSamples() {}

    /** A rating and a text that fits it. */
    static Sample draw(Random random) {
        double roll = random.nextDouble();
        int rating = 1;
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (roll < CUMULATIVE[i]) {
                rating = 5 - i;
                break;
            }
        }
        var texts = BY_RATING.get(rating);
        return new Sample(rating, texts.get(random.nextInt(texts.size())));
    }

    static int size() {
        return BY_RATING.values().stream().mapToInt(List::size).sum();
    }

    private static Map<Integer, List<String>> load() {
        var byRating = new TreeMap<Integer, List<String>>();
        var stream = ReviewSamples.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                int rating = Integer.parseInt(line.substring(0, tab).trim());
                String content = line.substring(tab + 1).trim();
                if (rating < 1 || rating > 5 || content.isEmpty() || content.length() > ReviewBook.MAX_CONTENT) {
                    throw new IllegalStateException("Bad review sample in " + RESOURCE + ": " + line);
                }
                byRating.computeIfAbsent(rating, r -> new ArrayList<>()).add(content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int rating = 1; rating <= 5; rating++) {
            byRating.put(rating, List.copyOf(byRating.getOrDefault(rating, List.of())));
            if (byRating.get(rating).isEmpty()) {
                throw new IllegalStateException(RESOURCE + " has no review with rating " + rating);
            }
        }
        return Map.copyOf(byRating);
    }

    record Sample(int rating, String content) {}
}
