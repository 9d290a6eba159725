package io.finseg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the application context on the MariaDB/MySQL test database ({@link MariaDbServer}). Where
 * no server answers, the tests are skipped with a message, or fail when
 * {@code FINSEG_REQUIRE_MYSQL=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(MariaDbServer.class)
@ContextConfiguration(initializers = MariaDbInitializer.class)
public @interface UsesMariaDb {
}
