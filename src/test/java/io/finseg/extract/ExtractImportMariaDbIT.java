package io.finseg.extract;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class ExtractImportMariaDbIT extends ExtractImportContract {
}
