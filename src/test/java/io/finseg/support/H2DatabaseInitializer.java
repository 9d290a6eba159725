package io.finseg.support;

import java.nio.file.Path;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

class H2DatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path dataDir = TestDataDirectory.create();
		TestPropertyValues
			.of("finseg.data-dir=" + dataDir,
					"spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("finseg")
							+ ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;LAZY_QUERY_EXECUTION=1",
					"spring.datasource.username=sa", "spring.datasource.password=")
			.applyTo(context);
		RandomAdminPassword.unlessTestSetsOne(context);
	}

}
