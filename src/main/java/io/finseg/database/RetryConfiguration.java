package io.finseg.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link TransactionRetry} around every transaction FinSeg starts: {@code @Transactional}
 * methods (an advisor ordered outside Spring's transaction advisor, so that each attempt is a
 * transaction of its own) and the shared {@link TransactionTemplate}.
 */
@Configuration(proxyBeanMethods = false)
class RetryConfiguration {

	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager, TransactionRetry retry) {
		return new RetryingTransactionTemplate(transactionManager, retry);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor transactionRetryAdvisor(ObjectProvider<TransactionRetry> retry) {
		ComposablePointcut transactional = new ComposablePointcut(
				AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
			.union(new AnnotationMatchingPointcut(Transactional.class, true));
		MethodInterceptor runAgain = invocation -> retry.getObject()
			.runThrowing(() -> invocation instanceof ProxyMethodInvocation proxied
					? proxied.invocableClone().proceed() : invocation.proceed());
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, runAgain);
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return advisor;
	}

}
