package io.finseg.segmentindex;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@SpringBootTest(properties = { "finseg.datagen.allow-non-empty=true", "finseg.features.rebuild-on-data-change=false" })
@AutoConfigureMockMvc
@UsesH2
class SegmentIndexH2Test extends SegmentIndexContract {
}
