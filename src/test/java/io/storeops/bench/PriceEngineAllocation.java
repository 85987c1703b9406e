package io.storeops.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;

/**
 * Bytes the price engine allocates per call on the benchmark cart, measured exactly on the calling thread (after a
 * warm-up that lets the JIT compile the engine): independent of how busy the machine is, unlike latencies.
 *
 * <pre>
 * ./mvnw -q -DskipWeb=true test-compile exec:java -Dexec.mainClass=io.storeops.bench.PriceEngineAllocation \
 *     -Dexec.classpathScope=test
 * </pre>
 */
public final class PriceEngineAllocation {

    private PriceEngineAllocation() {}

    public static void main(String[] args) {
        var bench = new PriceEngineBenchmark();
        bench.setUp();
        var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += bench.hundredPromotionsTwentyCoupons().totalFen();
        }
        int calls = 20_000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            sink += bench.hundredPromotionsTwentyCoupons().totalFen();
        }
        long perCall = (threads.getCurrentThreadAllocatedBytes() - before) / calls;
        long baseBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            sink += bench.baselineNoPromotions().totalFen();
        }
        long basePerCall = (threads.getCurrentThreadAllocatedBytes() - baseBefore) / calls;
        System.out.printf(
                "allocated per call: %,d B (20 lines × 100 promotions + 20 coupons), %,d B (baseline)  [%d]%n",
                perCall, basePerCall, sink % 10);
    }
}
