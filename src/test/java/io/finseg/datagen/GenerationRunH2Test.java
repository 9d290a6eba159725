package io.finseg.datagen;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
class GenerationRunH2Test extends GenerationRunContract {

	@Override
	boolean guardsNonEmptyDatabase() {
		return false;
	}

}
