package io.finseg.segment;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@UsesMariaDb
class SegmentInjectionMariaDbIT extends SegmentInjectionContract {
}
