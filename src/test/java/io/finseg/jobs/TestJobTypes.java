package io.finseg.jobs;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Adds the labels of the job types the tests run (src/test/resources/jobs-test-messages.properties)
 * to the application's messages, since {@link Jobs#start} refuses a type without a label.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "spring.messages.basename=messages,jobs-test-messages")
@interface TestJobTypes {

	JobType COUNT = JobType.of("TEST_COUNT");

	JobType SLOW = JobType.of("TEST_SLOW", "customers");

}
