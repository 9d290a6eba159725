package io.finseg.segmentindex;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = { "finseg.datagen.allow-non-empty=true", "finseg.features.rebuild-on-data-change=false" })
@AutoConfigureMockMvc
@UsesMariaDb
class SegmentIndexMariaDbIT extends SegmentIndexContract {
}
