package io.finseg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("finseg.data-dir=" + TestDataDirectory.create(), "spring.datasource.url=" + MariaDbServer.URL,
					"spring.datasource.username=" + MariaDbServer.USER,
					"spring.datasource.password=" + MariaDbServer.PASSWORD)
			.applyTo(context);
		RandomAdminPassword.unlessTestSetsOne(context);
	}

}
