package io.finseg.consent;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@UsesMariaDb
class ConsentRuleMariaDbIT extends ConsentRuleContract {
}
