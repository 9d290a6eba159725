package io.finseg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link UsesMariaDb}, but every connection says {@code allowLoadLocalInfile=false}, so the
 * database refuses LOAD DATA LOCAL INFILE as MySQL 8 does by default: what runs there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(MariaDbServer.class)
@ContextConfiguration(initializers = MariaDbWithoutLocalInfileInitializer.class)
public @interface UsesMariaDbWithoutLocalInfile {
}
