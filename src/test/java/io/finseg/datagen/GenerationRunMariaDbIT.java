package io.finseg.datagen;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class GenerationRunMariaDbIT extends GenerationRunContract {

	@Override
	boolean guardsNonEmptyDatabase() {
		return true;
	}

}
