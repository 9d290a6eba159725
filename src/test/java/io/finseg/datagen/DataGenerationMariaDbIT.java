package io.finseg.datagen;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

/** The shared test database may hold customers already: this run's ids are checked alone. */
@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class DataGenerationMariaDbIT extends DataGenerationContract {
}
