package io.finseg.segment;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class BehaviourConditionMariaDbIT extends BehaviourConditionContract {
}
