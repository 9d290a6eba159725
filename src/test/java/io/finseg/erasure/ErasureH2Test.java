package io.finseg.erasure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import io.finseg.support.UsesH2;

@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
@Import(FailingErasureListener.class)
class ErasureH2Test extends ErasureContract {
}
