package io.finseg.extract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@AutoConfigureMockMvc
@UsesMariaDb
class ExtractPagesMariaDbIT extends ExtractPagesContract {
}
