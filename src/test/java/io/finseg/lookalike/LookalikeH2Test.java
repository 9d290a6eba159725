package io.finseg.lookalike;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesH2
class LookalikeH2Test extends LookalikeContract {
}
