package io.finseg.segment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import io.finseg.support.UsesMariaDb;

@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@AutoConfigureMockMvc
@Import(CampaignUsageStandIn.class)
@UsesMariaDb
class SegmentPagesMariaDbIT extends SegmentPagesContract {
}
