package io.storeops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** StoreOps: the e-commerce operations hub, one deployable made of business modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class StoreOpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoreOpsApplication.class, args);
    }
}
