package io.finseg.clustering;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@AutoConfigureMockMvc
// Its own context, so its own H2 database: other tests count their customers.
@SpringBootTest(properties = { "finseg.datagen.allow-non-empty=true", "finseg.clustering.batch-size=5000" })
@UsesH2
class ClusteringH2Test extends ClusteringContract {
}
