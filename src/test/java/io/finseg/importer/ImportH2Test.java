package io.finseg.importer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class ImportH2Test extends ImportContract {

	@Override
	String writeMethodInWords() {
		return "with batched INSERTs";
	}

	@Override
	String writeMethodKey() {
		return "batched";
	}

}
