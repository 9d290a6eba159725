package io.finseg;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
class SchemaH2Test extends SchemaContract {
}
