package io.finseg.importer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@AutoConfigureMockMvc
@UsesMariaDb
class ImportMariaDbIT extends ImportContract {

	@Override
	String writeMethodInWords() {
		return "with LOAD DATA LOCAL INFILE";
	}

	@Override
	String writeMethodKey() {
		return "loadData";
	}

}
