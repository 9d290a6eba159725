package io.finseg.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

/** On MySQL/MariaDB, a first start never fills the database with fake customers on its own. */
@SpringBootTest(properties = "finseg.demo-data=auto")
@UsesMariaDb
class DemoDataMariaDbIT {

	@Autowired
	DataGenerationJobs generation;

	@Test
	void generatesNoDemoDataIntoMariaDb() {
		assertThat(generation.latest()).isEmpty();
	}

}
