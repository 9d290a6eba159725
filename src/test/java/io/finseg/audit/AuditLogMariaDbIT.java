package io.finseg.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import io.finseg.support.UsesMariaDb;

@SpringBootTest
@AutoConfigureMockMvc
@UsesMariaDb
class AuditLogMariaDbIT extends AuditLogContract {
}
