package io.storeops.bench;

import com.sun.management.OperatingSystemMXBean;
import io.storeops.ApiClient;
import io.storeops.IntegrationTest;
import io.storeops.StoreOpsApplication;
import io.storeops.catalog.CatalogFixtures;
import io.storeops.promotions.PriceQuotes;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests per second of the cart-pricing endpoint {@code POST /api/v1/pricing/quote} over real HTTP, next to a trivial
 * JSON endpoint of the same request and response sizes measured in the same run: {@code POST /api/v1/bench/echo},
 * registered only in this benchmark's application context, guarded by the same permission and behind the same filter
 * chain (body-size limit, session and CSRF check, {@code @PreAuthorize} interceptor and method security, Jackson in
 * and out). It parses the same cart bodies into a tree and answers each cart with a pre-built JSON object of that
 * cart's quote size (its total and a padded string; {@code -Dbench.echo=tree} answers the quote's own tree instead).
 *
 * <p>Data, created through the API as admin on a fresh embedded database: 240 SKUs in 6 leaf categories under 3 roots
 * (costs about 20 % of the list price, so no activation is refused below the floor), 100 active promotions of every
 * type (member prices, 限时折扣, N件M折, 第N件M折, bundles, 满减, 每满减, 满件折, 满赠 with stocked gifts; scopes over
 * roots, leaves, SKU lists, the whole shop, other channels and member tiers; four exclusion groups) and 20 coupon
 * templates, each claimed by about two thirds of 40 customers. The requests are {@code bench.carts} (default 300)
 * different carts: 1–20 lines, three channels, GOLD, SILVER or no tier, 60 % with a customer holding coupons.
 *
 * <p>Both endpoints are driven by the same client — {@code bench.threads} threads (default 8), each with its own Java
 * {@link HttpClient} (HTTP/1.1, keep-alive) logged in with a session like {@link OrderIngestBenchmark}'s HTTP phase —
 * going round the same carts: a warm-up of each, then measured windows alternating echo, quote, echo, quote to cancel
 * drift. Every response must be 200 and every quote must carry its cart's total (quoted once before the run), else
 * the run is invalid; the verdict requires quote ≥ 0.7 × echo requests/s (unrounded) and exits 1 on a miss. Client,
 * server and database share the cores; the CPU per request of the client, the whole JVM (client included) and the
 * embedded PostgreSQL is printed. Run with
 *
 * <pre>
 * ./mvnw -q -DskipWeb=true test-compile exec:java -Dexec.mainClass=io.storeops.bench.PriceHttpBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 */
public final class PriceHttpBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 60);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final String ECHO_MODE = System.getProperty("bench.echo", "padded");
    private static final String QUOTE_PATH = "/api/v1/pricing/quote";
    private static final String ECHO_PATH = "/api/v1/bench/echo";
    private static final String CHANNEL = "WEBSHOP";
    private static final int SKUS = 240;
    private static final int CUSTOMERS = 40;
    private static final int CARTS = Integer.getInteger("bench.carts", 300);
    private static final String[] GROUPS = {"platform", "shop", "category", "member"};
    private static final String[] LIST_PRICES = {
        "39.90", "59.90", "89.00", "129.00", "199.00", "259.00", "329.00", "499.00", "79.90", "149.00"
    };
    private static final byte[] TOTAL_KEY = "\"total\":".getBytes(StandardCharsets.US_ASCII);

    /** The embedded database's data directory, to read its server processes' CPU time. */
    private static Path dataDir;

    /** What the echo endpoint answers for each cart (a body of that cart's quote size); set once the quotes are known. */
    private static volatile JsonNode[] echoResponses;

    private PriceHttpBenchmark() {}

    /**
     * The trivial endpoint. A non-static inner class on purpose: component scanning of {@code io.storeops} (the
     * integration-test context has the test classes on its classpath) only picks up top-level and static nested
     * classes, so this controller exists only where {@link #main} registers it.
     */
    @RestController
    public class EchoController {

        @PostMapping(ECHO_PATH)
        @PreAuthorize("hasAuthority('promotion:read')")
        public JsonNode echo(@RequestBody JsonNode cart) {
            if (!cart.has("lines") || cart.get("lines").isEmpty()) {
                throw new IllegalArgumentException("not a cart");
            }
            // line ids are "c<cart>-L<line>": the cart's index picks the answer of its quote's size
            String lineId = cart.get("lines").get(0).get("lineId").asString();
            return echoResponses[Integer.parseInt(lineId.substring(1, lineId.indexOf('-')))];
        }
    }

    public static void main(String[] args) throws Exception {
        dataDir = Files.createTempDirectory("storeops-price-http-bench");
        var application = new SpringApplication(StoreOpsApplication.class);
        application.addInitializers(ctx -> ((GenericApplicationContext) ctx)
                .registerBean(EchoController.class, () -> new PriceHttpBenchmark().new EchoController()));
        try (ConfigurableApplicationContext app = application.run(
                "--storeops.database.url=",
                "--storeops.database.embedded.data-dir=" + dataDir,
                "--storeops.database.embedded.clean-on-start=true",
                "--storeops.demo.mode=never",
                "--storeops.platform.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
                "--server.port=0",
                "--logging.level.root=WARN",
                // no stock pushes to the simulated marketplace in the background (it serves them on the same cores)
                "--storeops.channels.sync.enabled=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            JsonMapper json = app.getBean(JsonMapper.class);
            var admin = ApiClient.admin(port);
            long seedStart = System.nanoTime();
            Seeded seeded = seed(admin);
            int n = seeded.carts().size();
            byte[][] bodies = new byte[n][];
            String[] totals = new String[n];
            int[] quoteLengths = new int[n];
            echoResponses = new JsonNode[n];
            JsonMapper exact = json.rebuild()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build();
            var requestBytes = new Verdict.Samples();
            var responseBytes = new Verdict.Samples();
            var lineCounts = new Verdict.Samples();
            long explained = 0;
            long outOfScope = 0;
            long withCoupons = 0;
            for (int k = 0; k < n; k++) {
                bodies[k] = json.writeValueAsBytes(seeded.carts().get(k));
                var first = admin.post(QUOTE_PATH, new String(bodies[k], StandardCharsets.UTF_8));
                if (first.status() != 200) {
                    throw new IllegalStateException("Quote of cart " + k + " refused: " + first);
                }
                byte[] answer = first.body().getBytes(StandardCharsets.UTF_8);
                totals[k] = totalOf(answer);
                quoteLengths[k] = answer.length;
                JsonNode quote = exact.readTree(answer);
                echoResponses[k] = echoBody(json, quote, totals[k], answer.length);
                requestBytes.add(bodies[k].length);
                responseBytes.add(answer.length);
                lineCounts.add(quote.get("lines").size());
                explained += quote.get("notApplied").size();
                outOfScope += quote.get("notInScope").asLong();
                withCoupons += quote.get("couponsUsed").isEmpty() ? 0 : 1;
            }
            for (int k = 0; k < n; k += Math.max(1, n / 10)) {
                var echoed = admin.post(ECHO_PATH, new String(bodies[k], StandardCharsets.UTF_8));
                byte[] echoedBytes = echoed.body().getBytes(StandardCharsets.UTF_8);
                if (echoed.status() != 200
                        || !hasTotal(echoedBytes, totals[k].getBytes(StandardCharsets.US_ASCII))
                        || Math.abs(echoedBytes.length - quoteLengths[k]) > 8) {
                    throw new IllegalStateException("Echo of cart " + k + " does not match its quote: " + echoed);
                }
            }
            System.out.printf(
                    "Machine: %d cores, Java %s, %s %s, max heap %,d MB; load average %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    Runtime.getRuntime().maxMemory() >> 20,
                    loadAverage());
            System.out.printf(
                    "Data (through the API in %.1f s): %d SKUs in 6 leaf categories under 3 roots, %d active promotions"
                            + " (%s; %d approved below floor), %d coupon templates held by %d customers%n",
                    (System.nanoTime() - seedStart) / 1e9,
                    seeded.skus().size(),
                    seeded.promotions(),
                    seeded.types(),
                    seeded.approved(),
                    seeded.coupons(),
                    CUSTOMERS);
            System.out.printf(
                    "Carts: %d different (channels WEBSHOP/TMALL/JD, GOLD/SILVER/non-members, 60 %% with a customer"
                            + " holding coupons; %d used a coupon); lines %s; request bytes %s; response bytes %s;"
                            + " per quote %.1f promotions explained as not applied, %.1f counted out of scope%n",
                    n,
                    withCoupons,
                    spread(lineCounts),
                    spread(requestBytes),
                    spread(responseBytes),
                    explained / (double) n,
                    outOfScope / (double) n);
            System.out.printf(
                    "Driver: %d threads, each its own HttpClient (HTTP/1.1 keep-alive, logged-in session + CSRF"
                            + " header) going round the %d carts from its own offset, the same carts to both endpoints"
                            + " (the echo answers each cart with a body of its quote's size); warm-up %d s each, then"
                            + " %d s windows echo, quote, echo, quote%n",
                    THREADS, n, WARMUP_SECONDS, SECONDS);

            if (Boolean.getBoolean("bench.inprocess")) {
                inProcess(app.getBean(PriceQuotes.class), json, bodies);
            }
            List<Driver> drivers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                drivers.add(Driver.login(port, bodies));
            }
            run("warm-up: trivial echo", ECHO_PATH, WARMUP_SECONDS, drivers, totals, null);
            run("warm-up: quote", QUOTE_PATH, WARMUP_SECONDS, drivers, totals, null);
            List<Stats> echo = new ArrayList<>();
            List<Stats> quotes = new ArrayList<>();
            var quoteLatency = new Verdict.Samples();
            var echoLatency = new Verdict.Samples();
            for (int round = 1; round <= 2; round++) {
                echo.add(run("run " + round + ": trivial echo", ECHO_PATH, SECONDS, drivers, totals, echoLatency));
                quotes.add(run("run " + round + ": quote", QUOTE_PATH, SECONDS, drivers, totals, quoteLatency));
            }
            double echoRate = rate(echo);
            double quoteRate = rate(quotes);
            long failures = echo.stream().mapToLong(Stats::failures).sum()
                    + quotes.stream().mapToLong(Stats::failures).sum();
            long quoted = quotes.stream().mapToLong(Stats::requests).sum();
            long echoed = echo.stream().mapToLong(Stats::requests).sum();
            double ratio = quoteRate / echoRate;
            var verdict = new Verdict("HTTP price endpoint");
            verdict.check(
                    "every answer 200, every quote with its cart's total (computed once per cart)",
                    failures == 0,
                    "%,d quotes and %,d echoes measured over %d carts; %,d failed or inconsistent"
                            .formatted(quoted, echoed, n, failures));
            verdict.check("carts varied", n >= 200, n + " different carts");
            verdict.require(
                    "quote ≥ 0.7 × same-size echo (req/s, same run)",
                    ratio >= 0.7,
                    String.format(
                            "quote %,.1f req/s vs echo %,.1f req/s: ratio %s (unrounded %.4f); latency quote %s, echo"
                                    + " %s; load average %s",
                            quoteRate,
                            echoRate,
                            Verdict.ratio(ratio),
                            ratio,
                            quoteLatency.describe("ms"),
                            echoLatency.describe("ms"),
                            loadAverage()));
            verdict.exit();
        }
    }

    // ------------------------------------------------------------------ driving

    /** One client: its own HttpClient and logged-in session, with the requests of every cart built once per path. */
    private record Driver(HttpClient http, Map<String, HttpRequest[]> requests) {

        static Driver login(int port, byte[][] bodies) throws Exception {
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String base = "http://localhost:" + port;
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            var login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                            .header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", xsrf(cookies))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"%s\"}"
                                    .formatted(IntegrationTest.ADMIN_PASSWORD)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException("Login failed: " + login.statusCode() + " " + login.body());
            }
            // the token is renewed at login; fetch the new one
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String token = xsrf(cookies);
            Map<String, HttpRequest[]> requests = new LinkedHashMap<>();
            for (String path : List.of(ECHO_PATH, QUOTE_PATH)) {
                HttpRequest[] perCart = new HttpRequest[bodies.length];
                for (int k = 0; k < bodies.length; k++) {
                    perCart[k] = HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", token)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[k]))
                            .build();
                }
                requests.put(path, perCart);
            }
            return new Driver(http, requests);
        }

        private static String xsrf(CookieManager cookies) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
        }
    }

    private record Stats(long requests, double seconds, long failures) {}

    private static double rate(List<Stats> runs) {
        return runs.stream().mapToLong(Stats::requests).sum()
                / runs.stream().mapToDouble(Stats::seconds).sum();
    }

    /**
     * All drivers send {@code path} for {@code seconds}, each going round the carts from its own offset; every answer
     * must be 200 and carry its cart's total. Latencies (ms) of the successful requests go to {@code samples}.
     */
    private static Stats run(
            String label, String path, int seconds, List<Driver> drivers, String[] totals, Verdict.Samples samples)
            throws Exception {
        byte[][] expectedTotals = new byte[totals.length][];
        for (int k = 0; k < totals.length; k++) {
            expectedTotals[k] = totals[k].getBytes(StandardCharsets.US_ASCII);
        }
        var ids = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(
                drivers.size(), r -> new Thread(r, "bench-driver-" + ids.incrementAndGet()));
        var bytes = new LongAdder();
        var driverCpu = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        List<Future<long[]>> futures = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long clientCpuBefore = httpClientCpu(threads);
        long processCpuBefore = processCpu();
        long dbCpuBefore = databaseCpu();
        long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int d = 0; d < drivers.size(); d++) {
            Driver driver = drivers.get(d);
            HttpRequest[] perCart = driver.requests().get(path);
            int offset = d * perCart.length / drivers.size();
            futures.add(pool.submit(() -> {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long[] latencies = new long[1 << 14];
                int n = 0;
                int cart = offset;
                while (System.nanoTime() < end) {
                    cart = (cart + 1) % perCart.length;
                    HttpRequest request = perCart[cart];
                    byte[] expectedTotal = expectedTotals[cart];
                    long t0 = System.nanoTime();
                    String failure;
                    try {
                        HttpResponse<byte[]> response =
                                driver.http().send(request, HttpResponse.BodyHandlers.ofByteArray());
                        byte[] answer = response.body();
                        bytes.add(answer.length);
                        failure = response.statusCode() != 200
                                ? "HTTP " + response.statusCode()
                                : hasTotal(answer, expectedTotal) ? null : "wrong total";
                    } catch (IOException e) {
                        failure = e.getClass().getSimpleName();
                    }
                    long elapsed = System.nanoTime() - t0;
                    if (failure != null) {
                        failures.computeIfAbsent(failure, k -> new LongAdder()).increment();
                        continue;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = elapsed;
                }
                driverCpu.add(threads.getCurrentThreadCpuTime() - cpu0);
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        try {
            for (Future<long[]> f : futures) {
                all.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long clientCpu = driverCpu.sum() + httpClientCpu(threads) - clientCpuBefore;
        long processCpu = processCpu() - processCpuBefore;
        long dbCpu = databaseCpu() - dbCpuBefore;
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
        long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (samples != null) {
            for (long nanos : sorted) {
                samples.add(nanos / 1e6);
            }
        }
        long failed = failures.values().stream().mapToLong(LongAdder::sum).sum();
        long requests = sorted.length;
        Map<String, Long> failureMix = new TreeMap<>();
        failures.forEach((k, v) -> failureMix.put(k, v.sum()));
        System.out.printf(
                "  %-22s %,8d req in %5.2f s = %,7.0f req/s; latency p50 %,.2f ms, p99 %,.2f ms, max %,.1f ms;"
                        + " %,.0f response bytes/req; CPU per req: client %,.0f µs, whole JVM %,.0f µs,"
                        + " PostgreSQL %,.0f µs; JIT compiling %,d ms;"
                        + " failures %s; load average %s%n",
                label,
                requests,
                elapsed,
                requests / elapsed,
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                bytes.sum() / (double) Math.max(1, requests + failed),
                clientCpu / 1e3 / Math.max(1, requests + failed),
                processCpu / 1e3 / Math.max(1, requests + failed),
                dbCpu / 1e3 / Math.max(1, requests + failed),
                jitMillis,
                failureMix.isEmpty() ? "none" : failureMix,
                loadAverage());
        return new Stats(requests, elapsed, failed);
    }

    /**
     * Diagnosis, not a verdict ({@code -Dbench.inprocess=true}): what each endpoint's own work costs on one thread without
     * HTTP, security or Tomcat — reading the cart, pricing it (the quote only) and writing the answer — so that the gap
     * between the endpoints can be split into pricing, JSON and the rest.
     */
    private static void inProcess(PriceQuotes quotes, JsonMapper json, byte[][] bodies) {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        for (String phase : List.of("warm-up", "measured")) {
            long seconds = phase.equals("warm-up") ? 20 : 10;
            long[] read = new long[1];
            long[] price = new long[1];
            long[] write = new long[1];
            long[] echo = new long[2];
            int calls = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int k = 0; System.nanoTime() < end; k = (k + 1) % bodies.length, calls++) {
                long t0 = System.nanoTime();
                var request = json.readValue(bodies[k], PriceQuotes.QuoteRequest.class);
                long t1 = System.nanoTime();
                var quote = quotes.quote(request);
                long t2 = System.nanoTime();
                byte[] answer = json.writeValueAsBytes(quote);
                long t3 = System.nanoTime();
                JsonNode tree = json.readTree(bodies[k]);
                long t4 = System.nanoTime();
                byte[] echoed = json.writeValueAsBytes(echoResponses[k]);
                long t5 = System.nanoTime();
                if (answer.length == 0 || echoed.length == 0 || tree.isEmpty()) {
                    throw new IllegalStateException("empty answer");
                }
                read[0] += t1 - t0;
                price[0] += t2 - t1;
                write[0] += t3 - t2;
                echo[0] += t4 - t3;
                echo[1] += t5 - t4;
            }
            System.out.printf(
                    "In process (%s, 1 thread, %,d carts): quote = read %,.1f µs + price %,.1f µs + write %,.1f µs;"
                            + " echo = read %,.1f µs + write %,.1f µs%n",
                    phase,
                    calls,
                    read[0] / 1e3 / calls,
                    price[0] / 1e3 / calls,
                    write[0] / 1e3 / calls,
                    echo[0] / 1e3 / calls,
                    echo[1] / 1e3 / calls);
        }
    }

    /** "min 1, median 10, max 20" of a few hundred values (not enough for a p99). */
    private static String spread(Verdict.Samples values) {
        return String.format(
                Locale.ROOT,
                "min %,.0f, median %,.0f, max %,.0f",
                values.percentile(0),
                values.percentile(0.5),
                values.max());
    }

    /** The text of the first {@code "total":} value of a response. */
    private static String totalOf(byte[] answer) {
        int at = indexOf(answer, TOTAL_KEY);
        if (at < 0) {
            throw new IllegalStateException("no total in " + new String(answer, StandardCharsets.UTF_8));
        }
        int from = at + TOTAL_KEY.length;
        int to = from;
        while (to < answer.length && answer[to] != ',' && answer[to] != '}') {
            to++;
        }
        return new String(answer, from, to - from, StandardCharsets.US_ASCII);
    }

    /** Whether the answer's first {@code "total":} is followed by the expected amount (no JSON parsing: cheap). */
    private static boolean hasTotal(byte[] answer, byte[] expected) {
        int at = indexOf(answer, TOTAL_KEY);
        if (at < 0) {
            return false;
        }
        int from = at + TOTAL_KEY.length;
        if (from + expected.length >= answer.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (answer[from + i] != expected[i]) {
                return false;
            }
        }
        byte next = answer[from + expected.length];
        return next == ',' || next == '}';
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** CPU of the HttpClient's own threads (selector managers, workers); the driver threads count their own. */
    private static long httpClientCpu(ThreadMXBean threads) {
        long sum = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("HttpClient-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /**
     * CPU time of the embedded PostgreSQL (the postmaster, its live children and the ones it has reaped), in ns: it
     * runs outside the JVM on the same cores. 0 where /proc is not available.
     */
    private static long databaseCpu() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.toList()) {
                    String name = proc.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] f;
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    } catch (IOException | RuntimeException gone) {
                        continue;
                    }
                    long pid = Long.parseLong(name);
                    if (pid == postmaster) {
                        // utime, stime, and those of reaped children
                        ticks += Long.parseLong(f[11])
                                + Long.parseLong(f[12])
                                + Long.parseLong(f[13])
                                + Long.parseLong(f[14]);
                    } else if (Long.parseLong(f[1]) == postmaster) {
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ = 100 on Linux
        } catch (IOException | RuntimeException unavailable) {
            return 0;
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The machine is often shared: the 1/5/15-minute load averages, to read the figures with. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException unavailable) {
            return "n/a";
        }
    }

    /**
     * The echo's answer: the cart's total and a string padded so that the serialized object has exactly the quote
     * response's byte length ({@code -Dbench.echo=tree}: the quote response's own tree).
     */
    private static JsonNode echoBody(JsonMapper json, JsonNode quote, String total, int bytes) {
        if (ECHO_MODE.equals("tree")) {
            return quote;
        }
        ObjectNode node = json.createObjectNode();
        node.put("total", new BigDecimal(total));
        node.put("padding", "");
        int base = json.writeValueAsBytes(node).length;
        if (base > bytes) {
            throw new IllegalStateException("quote response too small to match: " + bytes);
        }
        node.put("padding", "x".repeat(bytes - base));
        int size = json.writeValueAsBytes(node).length;
        if (size != bytes) {
            throw new IllegalStateException("echo is " + size + " bytes, quote " + bytes);
        }
        return node;
    }

    // ------------------------------------------------------------------ data, through the API

    private record Seeded(
            List<String> skus,
            int promotions,
            Map<String, Integer> types,
            int approved,
            int coupons,
            List<Map<String, Object>> carts) {}

    private static Seeded seed(ApiClient admin) {
        Random r = new Random(42);
        Map<String, Long> roots = new LinkedHashMap<>();
        roots.put("home", category(admin, "home", "家居用品", "Home", null));
        roots.put("digital", category(admin, "digital", "数码配件", "Digital accessories", null));
        roots.put("food", category(admin, "food", "休闲食品", "Snacks and tea", null));
        String[] leaves = {"home-bedding", "home-kitchen", "digital-phone", "digital-audio", "food-snacks", "food-tea"};
        Map<String, Long> leafIds = new LinkedHashMap<>();
        for (String leaf : leaves) {
            leafIds.put(
                    leaf,
                    category(
                            admin,
                            leaf,
                            "基准 " + leaf,
                            "Bench " + leaf,
                            roots.get(leaf.substring(0, leaf.indexOf('-')))));
        }
        List<String> skus = new ArrayList<>();
        Map<String, BigDecimal> list = new LinkedHashMap<>();
        for (int i = 0; i < SKUS; i++) {
            String category = leaves[i % leaves.length];
            BigDecimal price = new BigDecimal(LIST_PRICES[i % LIST_PRICES.length]);
            String code = sku(admin, "PB-%03d".formatted(i), leafIds.get(category), price);
            skus.add(code);
            list.put(code, price);
        }
        // gifts only while stock covers them: stock the two gift SKUs
        List<String> gifts = List.of(skus.get(SKUS - 2), skus.get(SKUS - 1));
        expect(
                admin.post(
                        "/api/v1/warehouses",
                        Map.of("code", "BENCH-WH", "name", "基准仓", "province", "上海", "priority", 1)),
                201);
        List<Map<String, Object>> opening = new ArrayList<>();
        for (String gift : gifts) {
            opening.add(Map.of(
                    "type",
                    "INBOUND",
                    "skuCode",
                    gift,
                    "warehouse",
                    "BENCH-WH",
                    "quantity",
                    100_000,
                    "reason",
                    "opening"));
        }
        expect(admin.post("/api/v1/stock/movements", Map.of("movements", opening)), 200);

        Map<String, Integer> types = new TreeMap<>();
        int approved = 0;
        for (int k = 0; k < 100; k++) {
            String type;
            Map<String, Object> scope = scope(r, skus);
            Map<String, Object> rule;
            String group = null;
            if (k < 5) {
                type = "MEMBER_PRICE";
                List<Map<String, Object>> prices = new ArrayList<>();
                List<String> covered = new ArrayList<>();
                while (covered.size() < 6) {
                    String sku = skus.get(r.nextInt(skus.size()));
                    if (covered.contains(sku)) {
                        continue;
                    }
                    covered.add(sku);
                    BigDecimal price = percentOf(list.get(sku), 90 + r.nextInt(8));
                    prices.add(Map.of("tier", "GOLD", "skuCode", sku, "price", price));
                    prices.add(Map.of("tier", "SILVER", "skuCode", sku, "price", percentOf(list.get(sku), 97)));
                }
                scope = skus(covered);
                rule = Map.of("prices", prices);
            } else if (k < 15) {
                type = "FLASH_DISCOUNT";
                if (k % 4 == 0) {
                    String sku = skus.get(r.nextInt(skus.size()));
                    scope = skus(List.of(sku));
                    rule = Map.of("fixedPrice", percentOf(list.get(sku), 80 + r.nextInt(11)));
                } else {
                    rule = Map.of("rate", BigDecimal.valueOf(80 + r.nextInt(15), 1));
                }
            } else if (k < 21) {
                type = "N_FOR_M";
                rule = Map.of("n", 2 + r.nextInt(2), "rate", BigDecimal.valueOf(80 + r.nextInt(15), 1));
            } else if (k < 25) {
                type = "NTH_UNIT";
                rule = Map.of(
                        "n", 2, "rate", k == 21 ? BigDecimal.valueOf(5) : BigDecimal.valueOf(70 + r.nextInt(20), 1));
            } else if (k < 30) {
                type = "BUNDLE";
                String a = skus.get(r.nextInt(SKUS / 2));
                String b = skus.get(SKUS / 2 + r.nextInt(SKUS / 2));
                scope = skus(List.of(a, b));
                rule = Map.of(
                        "items",
                        List.of(Map.of("skuCode", a, "quantity", 1), Map.of("skuCode", b, "quantity", 1)),
                        "price",
                        percentOf(list.get(a).add(list.get(b)), 85 + r.nextInt(10)));
            } else {
                // 70 order-level promotions: every 10th stacks freely, the others share 4 exclusion groups
                group = k % 10 == 0 ? null : GROUPS[k % GROUPS.length];
                long threshold = 100L * (1 + r.nextInt(60));
                switch (k % 7) {
                    case 0, 1, 2 -> {
                        type = "FULL_REDUCTION";
                        rule = Map.of(
                                "tiers",
                                List.of(
                                        Map.of("threshold", threshold, "off", BigDecimal.valueOf(threshold * 5, 2)),
                                        Map.of(
                                                "threshold",
                                                threshold * 2,
                                                "off",
                                                BigDecimal.valueOf(threshold * 125, 3))));
                    }
                    case 3 -> {
                        type = "EVERY_REDUCTION";
                        Map<String, Object> every = new LinkedHashMap<>();
                        every.put("every", 100);
                        every.put("off", BigDecimal.valueOf(300 + r.nextInt(700), 2));
                        if (r.nextBoolean()) {
                            every.put("cap", 30);
                        }
                        rule = every;
                    }
                    case 4 -> {
                        type = "QUANTITY_DISCOUNT";
                        rule = Map.of(
                                "tiers",
                                List.of(
                                        Map.of("minUnits", 2, "rate", new BigDecimal("9.8")),
                                        Map.of("minUnits", 5, "rate", new BigDecimal("9.5"))));
                    }
                    default -> {
                        type = "GIFT";
                        rule = r.nextBoolean()
                                ? Map.of("threshold", threshold, "giftSku", gifts.get(k % 2), "giftQuantity", 1)
                                : Map.of("minUnits", 3 + r.nextInt(20), "giftSku", gifts.get(k % 2), "giftQuantity", 1);
                    }
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "基准活动 %03d %s".formatted(k, type));
            body.put("type", type);
            body.put("startsAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
            body.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
            body.put("priority", r.nextInt(3));
            if (group != null) {
                body.put("exclusionGroup", group);
            }
            body.put("scope", scope);
            body.put("rule", rule);
            long id = expect(admin.post("/api/v1/promotions", body), 201)
                    .get("id")
                    .asLong();
            var activated = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
            if (activated.status() == 422) {
                // counted and printed, not hidden: a stack that reaches below a floor is approved like a person would
                expect(admin.post("/api/v1/promotions/" + id + "/approve", Map.of("note", "benchmark")), 200);
                activated = admin.post("/api/v1/promotions/" + id + "/activate", Map.of());
                approved++;
            }
            expect(activated, 200);
            types.merge(type, 1, Integer::sum);
        }

        int coupons = 0;
        for (int c = 0; c < 20; c++) {
            Map<String, Object> body = new LinkedHashMap<>();
            long threshold = 100L * (1 + r.nextInt(30));
            if (c % 5 == 4) {
                body.put("name", "基准折扣券 " + c);
                body.put("kind", "SHOP");
                body.put("scope", Map.of("all", true));
                body.put("threshold", threshold);
                body.put("rate", BigDecimal.valueOf(90 + r.nextInt(9), 1));
                body.put("cap", 50);
            } else if (c % 3 == 0) {
                body.put("name", "基准商品券 " + c);
                body.put("kind", "PRODUCT");
                body.put("scope", Map.of("all", false, "categories", List.of(c % 2 == 0 ? "home" : "digital")));
                body.put("threshold", threshold);
                body.put("amount", BigDecimal.valueOf(threshold / 10));
            } else {
                body.put("name", "基准店铺券 " + c);
                body.put("kind", "SHOP");
                body.put("scope", Map.of("all", true));
                body.put("threshold", threshold);
                body.put("amount", BigDecimal.valueOf(threshold / 20 + r.nextInt(10)));
            }
            body.put("validDays", 30);
            body.put("totalQuantity", 1_000);
            body.put("perUserLimit", 1);
            long id = expect(admin.post("/api/v1/coupons/templates", body), 201)
                    .get("id")
                    .asLong();
            expect(admin.post("/api/v1/coupons/templates/" + id + "/activate", Map.of()), 200);
            // customer j holds the templates c with (c + j) % 3 != 0: about two thirds of them, a different mix each
            for (int j = 0; j < CUSTOMERS; j++) {
                if ((c + j) % 3 != 0) {
                    expect(
                            admin.post("/api/v1/coupons/templates/" + id + "/claim", Map.of("customerId", customer(j))),
                            201);
                }
            }
            coupons++;
        }

        List<Map<String, Object>> carts = new ArrayList<>();
        for (int k = 0; k < CARTS; k++) {
            int lineCount = 1 + r.nextInt(20);
            List<String> picked = new ArrayList<>(skus);
            Collections.shuffle(picked, r);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                lines.add(Map.of(
                        "lineId", "c" + k + "-L" + (i + 1), "skuCode", picked.get(i), "quantity", 1 + r.nextInt(3)));
            }
            Map<String, Object> cart = new LinkedHashMap<>();
            int channel = r.nextInt(10);
            cart.put("channel", channel < 7 ? CHANNEL : channel < 9 ? "TMALL" : "JD");
            int tier = r.nextInt(5);
            cart.put("memberTier", tier < 2 ? "GOLD" : tier < 3 ? "SILVER" : null);
            if (r.nextInt(5) < 3) {
                cart.put("customerId", customer(r.nextInt(CUSTOMERS)));
            }
            cart.put("lines", lines);
            carts.add(cart);
        }
        return new Seeded(skus, 100, types, approved, coupons, carts);
    }

    private static String customer(int j) {
        return "BENCH-CUSTOMER-%02d".formatted(j);
    }

    /** Scopes over roots, leaves and SKUs, the whole shop, other channels and member tiers: a cart meets some. */
    private static Map<String, Object> scope(Random r, List<String> skus) {
        String[] roots = {"home", "digital", "food"};
        String[] leaves = {"home-bedding", "home-kitchen", "digital-phone", "digital-audio", "food-snacks", "food-tea"};
        return switch (r.nextInt(8)) {
            case 0 -> Map.of("all", true);
            case 1, 2 -> Map.of("all", false, "categories", List.of(roots[r.nextInt(roots.length)]));
            case 3 ->
                Map.of(
                        "all",
                        false,
                        "categories",
                        List.of(leaves[r.nextInt(leaves.length)], leaves[r.nextInt(leaves.length)]));
            case 4, 5 -> {
                List<String> some = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    some.add(skus.get(r.nextInt(skus.size())));
                }
                yield skus(some);
            }
            case 6 -> Map.of("all", true, "channels", List.of("TMALL", "JD"));
            default ->
                Map.of(
                        "all",
                        false,
                        "categories",
                        List.of(roots[r.nextInt(roots.length)]),
                        "memberTiers",
                        List.of("GOLD", "PLATINUM"));
        };
    }

    private static Map<String, Object> skus(List<String> codes) {
        return Map.of("all", false, "skus", codes.stream().distinct().toList());
    }

    private static BigDecimal percentOf(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static long category(ApiClient admin, String code, String nameZh, String nameEn, Long parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameZh", nameZh);
        body.put("nameEn", nameEn);
        body.put("parentId", parent);
        body.put("requiredAttributes", List.of());
        return expect(admin.post("/api/v1/categories", body), 201).get("id").asLong();
    }

    /** A product of one SKU, as PromotionsApiTest creates them; the cost is 20 % of the list price. */
    private static String sku(ApiClient admin, String code, long categoryId, BigDecimal listPrice) {
        Map<String, Object> product = CatalogFixtures.product(admin, "测试商品 促销 " + ApiClient.unique(""));
        product.put("categoryId", categoryId);
        product.put("attributes", Map.of("材质", "全棉", "支数", "60支", "型号", "X1", "适用机型", "通用"));
        product.put(
                "skus",
                List.of(CatalogFixtures.sku(
                        code, "白色", "标准", percentOf(listPrice, 20).toPlainString(), listPrice.toPlainString())));
        expect(admin.post("/api/v1/products", product), 201);
        return code;
    }

    private static JsonNode expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ", got " + response);
        }
        return response.body().isEmpty() ? null : response.json();
    }
}
