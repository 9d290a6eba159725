package io.finseg.clustering;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@AutoConfigureMockMvc
@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesH2
class ClusteringH2Test extends ClusteringContract {
}
