package io.finseg.consent;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
class ConsentRuleH2Test extends ConsentRuleContract {
}
