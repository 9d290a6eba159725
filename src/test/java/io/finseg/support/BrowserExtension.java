package io.finseg.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

class BrowserExtension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

	private static final Namespace NAMESPACE = Namespace.create(BrowserExtension.class);

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(Browser.CHROMEDRIVER) && Files.isExecutable(Browser.CHROMIUM)) {
			return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
		}
		String message = "No " + Browser.CHROMIUM + " with " + Browser.CHROMEDRIVER;
		if (Boolean.parseBoolean(System.getenv("FINSEG_REQUIRE_BROWSER"))) {
			throw new IllegalStateException(message + ", and FINSEG_REQUIRE_BROWSER=true requires them");
		}
		return ConditionEvaluationResult.disabled(message
				+ ": the browser tests are skipped. Install Debian's chromium and chromium-driver to run them.");
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent("browser", key -> new Browser(), Browser.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove("browser", Browser.class);
		if (browser == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}
		finally {
			browser.close();
		}
	}

}
