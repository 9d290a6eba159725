package io.finseg.importer;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
class RoundTripH2Test extends RoundTripContract {
}
