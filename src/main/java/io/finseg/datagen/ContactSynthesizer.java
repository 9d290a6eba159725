package io.finseg.datagen;

import static io.finseg.datagen.Draws.chance;
import static io.finseg.datagen.Draws.clamp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.SplittableRandom;

import io.finseg.customer.CustomerTable;

/**
 * Online-banking login, communications and consent. Engagement (the chance to respond to an
 * outbound message) drives the outcomes and makes refusing consent less likely; age drives the
 * channels and the per-channel opt-ins.
 */
final class ContactSynthesizer {

	/** Marks the synthetic hash for what it is: SHA-256 of random bytes, not of any password. */
	static final String HASH_PREFIX = "sha256-random:";

	private static final double NO_COMPLIANCE_ROW = 0.10;

	private static final Weighted<String> CHANNELS_YOUNG = Weighted.of("EMAIL", 50, "SMS", 25, "PHONE", 10, "POST",
			10, "BRANCH", 5);

	private static final Weighted<String> CHANNELS_MIDDLE = Weighted.of("EMAIL", 40, "SMS", 15, "PHONE", 20, "POST",
			20, "BRANCH", 5);

	private static final Weighted<String> CHANNELS_OLD = Weighted.of("EMAIL", 20, "SMS", 5, "PHONE", 30, "POST", 35,
			"BRANCH", 10);

	private static final String[] OUTBOUND_SUMMARIES = { "Savings rate offer", "Credit card upgrade offer",
			"Mortgage review invitation", "Annual statement", "Security reminder", "Travel insurance offer",
			"Investment webinar invitation", "Service update" };

	private static final String[] INBOUND_SUMMARIES = { "Balance enquiry", "Card replacement request",
			"Question about a payment", "Address change", "Loan enquiry", "Complaint about a fee" };

	private static final String[] DISCLOSURES = { "Privacy notice v3 acknowledged online",
			"Privacy notice v3 acknowledged in branch", "Privacy notice v2 acknowledged by post",
			"Terms and conditions 2025 accepted" };

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	});

	private final LocalDate anchor;

	ContactSynthesizer(LocalDate anchor) {
		this.anchor = anchor;
	}

	void synthesize(Person person, SplittableRandom random, GeneratedChunk chunk) {
		StageProfile profile = person.profile();
		double engagement = clamp(profile.engagement() + 0.1 * random.nextGaussian(), 0.02, 0.95);
		if (chance(random, profile.onlineShare())) {
			addLogin(person, random, chunk);
		}
		int communications = 1 + Draws.poisson(random, profile.communications() - 1);
		Weighted<String> channels = person.age() < 45 ? CHANNELS_YOUNG : person.age() < 65 ? CHANNELS_MIDDLE : CHANNELS_OLD;
		for (int i = 0; i < communications; i++) {
			addCommunication(person, random, chunk, channels.pick(random), i == 0 || chance(random, 0.85), engagement);
		}
		if (!chance(random, NO_COMPLIANCE_ROW)) {
			addCompliance(person, random, chunk, engagement);
		}
	}

	private void addLogin(Person person, SplittableRandom random, GeneratedChunk chunk) {
		String username = (FakerPools.asciiLower(person.firstName()) + Draws.digits(random, 6));
		byte[] secret = new byte[16];
		random.nextBytes(secret);
		String hash = HASH_PREFIX + HexFormat.of().formatHex(SHA_256.get().digest(secret));
		long gap = Math.min(700, Math.round(-Math.log(1 - random.nextDouble()) * person.profile().meanLoginGapDays()));
		chunk.add(CustomerTable.SECURITY, person.customerId(), username.substring(0, Math.min(50, username.length())),
				hash, chance(random, 0.92) ? "FULL" : "VIEW_ONLY", Draws.during(random, anchor.minusDays(gap)));
	}

	private void addCommunication(Person person, SplittableRandom random, GeneratedChunk chunk, String channel,
			boolean outbound, double engagement) {
		LocalDate day = anchor.minusDays(random.nextInt(730));
		String summary;
		String outcome;
		if (outbound) {
			summary = OUTBOUND_SUMMARIES[random.nextInt(OUTBOUND_SUMMARIES.length)];
			double draw = random.nextDouble();
			boolean digital = channel.equals("EMAIL") || channel.equals("SMS");
			if (draw < engagement) {
				outcome = digital && chance(random, 0.5) ? "CLICKED" : "RESPONDED";
			}
			else if (draw < engagement + 0.01) {
				outcome = "COMPLAINT";
			}
			else {
				outcome = digital && chance(random, 0.5) ? "OPENED" : "NO_RESPONSE";
			}
		}
		else {
			int pick = random.nextInt(INBOUND_SUMMARIES.length);
			summary = INBOUND_SUMMARIES[pick];
			outcome = summary.startsWith("Complaint") ? "COMPLAINT" : "RESPONDED";
		}
		chunk.add(CustomerTable.COMMUNICATION_LOG, person.customerId(), channel, Draws.during(random, day), summary,
				outbound ? "OUTBOUND" : "INBOUND", outcome);
	}

	/** Younger customers opt in to e-mail and SMS more, older ones to phone and post. */
	private void addCompliance(Person person, SplittableRandom random, GeneratedChunk chunk, double engagement) {
		boolean consent = !chance(random, clamp(0.22 + (0.30 - engagement) * 0.4, 0.05, 0.6));
		int years = person.age() - 18;
		boolean email = consent && chance(random, clamp(0.9 - 0.008 * years, 0.1, 1));
		boolean sms = consent && chance(random, clamp(0.75 - 0.009 * years, 0.05, 1));
		boolean phone = consent && chance(random, clamp(0.15 + 0.006 * years, 0, 1));
		boolean post = consent && chance(random, clamp(0.2 + 0.01 * years, 0, 1));
		chunk.add(CustomerTable.COMPLIANCE, person.customerId(), consent, DISCLOSURES[random.nextInt(DISCLOSURES.length)],
				chance(random, 0.96), email, sms, phone, post, chance(random, 0.02),
				Draws.during(random, anchor.minusDays(random.nextInt(900))));
	}

}
