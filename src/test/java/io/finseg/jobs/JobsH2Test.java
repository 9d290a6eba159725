package io.finseg.jobs;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
@TestJobTypes
class JobsH2Test extends JobsContract {
}
