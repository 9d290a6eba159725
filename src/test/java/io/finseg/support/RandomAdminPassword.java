package io.finseg.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tests expect the first start to generate the admin password, as a fresh clone does. A
 * developer's own FINSEG_ADMIN_PASSWORD must not change that; a test that sets the property
 * itself (with no such variable around) keeps its value.
 */
final class RandomAdminPassword {

	private RandomAdminPassword() {
	}

	static void unlessTestSetsOne(ConfigurableApplicationContext context) {
		if (System.getenv("FINSEG_ADMIN_PASSWORD") != null) {
			TestPropertyValues.of("finseg.initial-admin-password=").applyTo(context);
		}
	}

}
