package io.storeops.catalog.importing;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bounded pool import jobs run on, as the uploading user so the audit names them. The pool is not an
 * {@code Executor} bean, so it never becomes the application's default executor; on shutdown it lets running jobs
 * finish for up to 20 s (a job cut off later is failed at the next start).
 */
@Component
class ImportWorkers implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final ImportProcess process;

    ImportWorkers(ImportProcess process, ImportProperties properties) {
        this.process = process;
        pool.setThreadNamePrefix("import-");
        pool.setCorePoolSize(properties.workers());
        pool.setMaxPoolSize(properties.workers());
        pool.setQueueCapacity(properties.queueCapacity());
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(20);
        pool.initialize();
    }

    /** Queues the job; throws {@link TaskRejectedException} when all workers are busy and the queue is full. */
    void submit(ImportJob job, FileFormat format, byte[] content) {
        SecurityContext uploader = SecurityContextHolder.createEmptyContext();
        uploader.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        pool.execute(new DelegatingSecurityContextRunnable(() -> process.run(job, format, content), uploader));
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
