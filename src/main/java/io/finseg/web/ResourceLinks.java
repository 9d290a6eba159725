package io.finseg.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Switches off the filter Spring Boot adds to rewrite every link a page builds into a versioned
 * resource URL. FinSeg has no versioned resources (the one webjar is linked without a version and
 * served by the webjars resolver whatever the filter does), but the filter looked each link up
 * on the class path, inside the executable jar, under a JVM-wide lock: under 50 concurrent users
 * nine tenths of the request threads' time went there (bench/RESULTS.md, load test).
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
