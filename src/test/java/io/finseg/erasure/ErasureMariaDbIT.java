package io.finseg.erasure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@AutoConfigureMockMvc
@UsesMariaDb
@Import(FailingErasureListener.class)
class ErasureMariaDbIT extends ErasureContract {
}
