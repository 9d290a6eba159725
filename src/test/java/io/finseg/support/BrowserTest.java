package io.finseg.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;

/**
 * What every browser test declares: the whole app on a random port over H2, a {@link Browser} and a
 * {@link BrowserWorld} as test method parameters. The application context is the same one that
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT) @UsesH2 @UsesBrowser} gives, so classes
 * written either way share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@UsesH2
@UsesBrowser
@ExtendWith(BrowserWorldExtension.class)
public @interface BrowserTest {

	/** Properties of this test's application, as {@link SpringBootTest#properties()}. */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}
