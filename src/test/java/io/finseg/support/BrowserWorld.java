package io.finseg.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.finseg.admin.AccessLevel;
import io.finseg.admin.AppUser;
import io.finseg.admin.AppUserRepository;
import io.finseg.campaign.CampaignForm;
import io.finseg.campaign.CampaignService;
import io.finseg.campaign.ExportField;
import io.finseg.consent.Channel;
import io.finseg.datagen.DataGenerator;
import io.finseg.datagen.GenerationProgress;
import io.finseg.datagen.GenerationRequest;
import io.finseg.features.FeatureService;
import io.finseg.jobs.Jobs;
import io.finseg.segment.Operator;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleNode;
import io.finseg.segment.SegmentService;

/**
 * The set-up browser tests share: synthetic customers with their features, segments, frozen
 * campaigns and users signed in to the browser. Browser tests share one application context and
 * its database, so what one test makes is there for the next one too.
 */
public final class BrowserWorld {

	/** The day the synthetic customers are generated and their features computed for. */
	public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(60);

	private final ApplicationContext context;

	BrowserWorld(ApplicationContext context) {
		this.context = context;
	}

	/** The port the app under test listens on. */
	public int port() {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Generates customers as of {@link #AS_OF} and rebuilds everyone's features; gives the rebuild's job id. */
	public long customers(int count, long seed) throws InterruptedException {
		generate(count, seed);
		return rebuildFeatures(REBUILD_TIMEOUT);
	}

	public long rebuildFeatures() throws InterruptedException {
		return rebuildFeatures(REBUILD_TIMEOUT);
	}

	/** Generates customers as of {@link #AS_OF} and leaves the features as they are. */
	public void generate(int count, long seed) {
		bean(DataGenerator.class).generate(new GenerationRequest(count, seed, AS_OF), GenerationProgress.NONE);
	}

	public long rebuildFeatures(Duration timeout) throws InterruptedException {
		return rebuildFeatures(AS_OF, timeout);
	}

	/** Rebuilds everyone's features as of another day, to leave a history of segment sizes behind. */
	public long rebuildFeatures(LocalDate asOf, Duration timeout) throws InterruptedException {
		long job = bean(FeatureService.class).startRebuild(asOf, "tester");
		bean(Jobs.class).awaitEnd(job, timeout);
		return job;
	}

	/** How many customers the last feature rebuild covered: everyone in the shared database. */
	public long customersWithFeatures() {
		return bean(FeatureService.class).current().customers();
	}

	public long segment(String name, Purpose purpose, RuleNode rule) {
		return bean(SegmentService.class).create(name, null, purpose, "tester", rule);
	}

	/** A segment of one condition, as {@code attribute operator values}. */
	public long segment(String name, Purpose purpose, String attribute, Operator operator, String... values) {
		return segment(name, purpose, new RuleNode.Condition(attribute, operator, List.of(values)));
	}

	/** A campaign by e-mail with customer id, name and e-mail, its audience frozen. */
	public long frozenCampaign(String name, long segment, Purpose purpose, int holdoutPercent) {
		CampaignService campaigns = bean(CampaignService.class);
		long campaign = campaigns.create(new CampaignForm(name, segment, Channel.EMAIL, purpose,
				List.of(ExportField.CUSTOMER_ID, ExportField.NAME, ExportField.EMAIL), holdoutPercent), "tester");
		campaigns.freeze(campaign, campaigns.get(campaign).version(), "tester");
		return campaign;
	}

	/** A user who has chosen {@link TestAccounts#PASSWORD}; the name starts with the prefix. */
	public AppUser user(String prefix, AccessLevel level) {
		return new TestAccounts(bean(AppUserRepository.class), bean(PasswordEncoder.class)).create(prefix, level);
	}

	/** Points the browser at the app under test, signed out. */
	public Browser open(Browser browser) {
		return browser.at(port());
	}

	/** A new user of the level, signed in to the browser (pointed at the app under test). */
	public AppUser signIn(Browser browser, String prefix, AccessLevel level) {
		AppUser user = user(prefix, level);
		signIn(browser, user);
		return user;
	}

	/** Signs the user in to the browser, pointed at the app under test. */
	public void signIn(Browser browser, AppUser user) {
		browser.at(port()).signIn(user.getUsername(), TestAccounts.PASSWORD);
	}

}
