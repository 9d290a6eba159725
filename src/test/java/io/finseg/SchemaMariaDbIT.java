package io.finseg;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@UsesMariaDb
class SchemaMariaDbIT extends SchemaContract {
}
