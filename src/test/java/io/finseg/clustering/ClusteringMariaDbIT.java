package io.finseg.clustering;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@AutoConfigureMockMvc
@SpringBootTest(properties = "finseg.datagen.allow-non-empty=true")
@UsesMariaDb
class ClusteringMariaDbIT extends ClusteringContract {
}
