package io.finseg.features;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly rebuild; {@code finseg.features.nightly-cron=-} turns it off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FeatureScheduling {
}
