package io.finseg.segment;

import org.springframework.boot.test.context.SpringBootTest;

import io.finseg.support.UsesH2;

@SpringBootTest
@UsesH2
class SegmentInjectionH2Test extends SegmentInjectionContract {
}
