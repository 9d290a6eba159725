package io.finseg.extract;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesH2
class ExtractImportH2Test extends ExtractImportContract {
}
