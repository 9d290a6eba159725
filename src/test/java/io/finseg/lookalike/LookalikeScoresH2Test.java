package io.finseg.lookalike;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@AutoConfigureMockMvc
@UsesH2
class LookalikeScoresH2Test extends LookalikeScoresContract {
}
