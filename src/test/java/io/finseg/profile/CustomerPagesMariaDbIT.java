package io.finseg.profile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@AutoConfigureMockMvc
@UsesMariaDb
class CustomerPagesMariaDbIT extends CustomerPagesContract {
}
