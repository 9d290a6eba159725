package io.finseg.importer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDbWithoutLocalInfile;

/** The whole import contract where MariaDB refuses LOAD DATA LOCAL INFILE: batched INSERTs, and the job says so. */
@SpringBootTest
@AutoConfigureMockMvc
@UsesMariaDbWithoutLocalInfile
class ImportWithoutLocalInfileMariaDbIT extends ImportContract {

	@Override
	String writeMethodInWords() {
		return "with batched INSERTs: the database refuses LOAD DATA LOCAL INFILE";
	}

	@Override
	String writeMethodKey() {
		return "refused";
	}

}
