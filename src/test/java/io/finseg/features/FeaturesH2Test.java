package io.finseg.features;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.features.chunk-size=25")
@UsesH2
class FeaturesH2Test extends FeaturesContract {
}
