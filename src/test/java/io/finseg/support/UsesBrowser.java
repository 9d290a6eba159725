package io.finseg.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test a {@link Browser}: Debian's headless chromium through /usr/bin/chromedriver.
 * Where that is missing the tests are skipped with a message, or fail when
 * {@code FINSEG_REQUIRE_BROWSER=true}. A failing test leaves a screenshot in target/screenshots.
 * A browser test of the whole app carries {@link BrowserTest}, which includes this.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(BrowserExtension.class)
public @interface UsesBrowser {
}
