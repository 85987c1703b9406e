package io.storeops.marketplace.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/** The bean exists only while {@code storeops.marketplace.enabled} is true (the default). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnBooleanProperty(name = "storeops.marketplace.enabled", matchIfMissing = true)
public @interface ConditionalOnMarketplaceEnabled {}
