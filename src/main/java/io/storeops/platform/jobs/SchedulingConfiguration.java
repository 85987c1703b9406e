package io.storeops.platform.jobs;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Turns on {@code @Scheduled} jobs of all modules, and asynchronous event listeners ({@code @ApplicationModuleListener}
 * runs after the publishing transaction committed, on its own thread, recorded in the event publication registry so
 * an event whose listener did not finish is delivered again after a restart).
 *
 * <p>Jobs run on a small pool of their own. With virtual threads on, Spring's default scheduler runs every fixed-delay
 * job on one shared thread, so a slow marketplace pull (seconds under injected latency) held up the 50 ms stock-sync
 * dispatcher and showed up as sync lag. On the pool each job keeps its fixed-delay semantics. The pool is not a bean,
 * so the application's task executor for asynchronous listeners stays as Spring Boot configures it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration implements SchedulingConfigurer, DisposableBean {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    SchedulingConfiguration() {
        scheduler.setPoolSize(8);
        scheduler.setThreadNamePrefix("storeops-job-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(20);
        // at shutdown, running jobs finish; the next run of a cron job (due hours later) is dropped, not waited for
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.initialize();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setTaskScheduler(scheduler);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
