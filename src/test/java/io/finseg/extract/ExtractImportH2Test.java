package io.finseg.extract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@AutoConfigureMockMvc
@UsesH2
class ExtractImportH2Test extends ExtractImportContract {
}
