package io.finseg.jobs;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@UsesMariaDb
@TestJobTypes
class JobsMariaDbIT extends JobsContract {
}
