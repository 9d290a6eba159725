package io.finseg.profile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesH2;

@SpringBootTest
@AutoConfigureMockMvc
@UsesH2
class CustomerPagesH2Test extends CustomerPagesContract {
}
