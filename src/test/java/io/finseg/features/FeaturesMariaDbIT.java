package io.finseg.features;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.features.chunk-size=25")
@UsesMariaDb
class FeaturesMariaDbIT extends FeaturesContract {
}
