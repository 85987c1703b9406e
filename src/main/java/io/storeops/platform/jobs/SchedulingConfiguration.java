package io.storeops.platform.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs of all modules, and asynchronous event listeners ({@code @ApplicationModuleListener}
 * runs after the publishing transaction committed, on its own thread, recorded in the event publication registry so
 * an event whose listener did not finish is delivered again after a restart).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SchedulingConfiguration {}
