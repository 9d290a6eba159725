package io.finseg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class MariaDbWithoutLocalInfileInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("finseg.data-dir=" + TestDataDirectory.create(), "spring.datasource.url=" + withoutLocalInfile(MariaDbServer.URL),
					"spring.datasource.username=" + MariaDbServer.USER,
					"spring.datasource.password=" + MariaDbServer.PASSWORD)
			.applyTo(context);
		RandomAdminPassword.unlessTestSetsOne(context);
	}

	static String withoutLocalInfile(String url) {
		String cleaned = url.replaceAll("(?i)[?&]allowLoadLocalInfile=[^&]*", "");
		if (!cleaned.contains("?") && cleaned.contains("&")) {
			cleaned = cleaned.replaceFirst("&", "?");
		}
		return cleaned + (cleaned.contains("?") ? "&" : "?") + "allowLoadLocalInfile=false";
	}

}
