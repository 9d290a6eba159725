package io.finseg.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Every URL has an explicit rule here; anything not named is denied, so a new page without a
 * rule fails closed (and fails the access-table test).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico").permitAll()
			.requestMatchers("/login", "/error", "/actuator/health").permitAll()
			.requestMatchers("/", "/account/password").authenticated()
			.requestMatchers("/customers", "/customers/*").hasAnyRole("ADMIN", "MARKETER", "ANALYST")
			.requestMatchers(HttpMethod.GET, "/segments/new", "/segments/*/edit", "/segments/*/copy", "/segments/*/delete")
			.hasAnyRole("ADMIN", "MARKETER")
			.requestMatchers(HttpMethod.POST, "/campaigns/*/approve", "/campaigns/*/outcomes/uploads/*/withdraw-consent")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/campaigns/new", "/campaigns/*/export.csv").hasAnyRole("ADMIN", "MARKETER")
			.requestMatchers(HttpMethod.GET, "/segments", "/segments/**", "/clustering", "/clustering/**", "/campaigns",
					"/campaigns/*", "/campaigns/*/outcomes", "/campaigns/*/lookalikes", "/campaigns/*/lookalikes/*",
					"/campaigns/*/lookalikes/*/progress", "/consent", "/attributes")
			.hasAnyRole("ADMIN", "MARKETER", "ANALYST")
			.requestMatchers(HttpMethod.POST, "/segments/**", "/clustering/**", "/campaigns", "/campaigns/**")
			.hasAnyRole("ADMIN", "MARKETER")
			.requestMatchers("/admin/**").hasRole("ADMIN")
			.anyRequest().denyAll());
		http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"));
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
			.invalidSessionUrl("/login?expired")
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/login?ended"));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		http.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when the container ends a session (idle timeout, logout). */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
