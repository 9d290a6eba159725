package io.finseg.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every combination of the compliance fields (and no row at all), against the rule as the
 * design states it, written out here independently of the SQL.
 */
abstract class ConsentRuleContract {

	private static final int FLAGS = 7;

	@Autowired
	JdbcClient jdbc;

	int base;

	@BeforeEach
	void oneCustomerPerCombination() {
		base = ThreadLocalRandom.current().nextInt(1, 100_000) * 1000 + 500_000_000;
		for (int combination = 0; combination <= 1 << FLAGS; combination++) {
			int id = base + combination;
			jdbc.sql("INSERT INTO customer (customer_id, name) VALUES (:id, 'Consent case')").param("id", id).update();
			if (combination < 1 << FLAGS) {
				jdbc.sql("""
						INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met,
						  email_opt_in, sms_opt_in, phone_opt_in, post_opt_in, do_not_contact)
						VALUES (:id, :id, :consent, :requirements, :email, :sms, :phone, :post, :dnc)""")
					.param("id", id)
					.param("consent", bit(combination, 0))
					.param("requirements", bit(combination, 1))
					.param("email", bit(combination, 2))
					.param("sms", bit(combination, 3))
					.param("phone", bit(combination, 4))
					.param("post", bit(combination, 5))
					.param("dnc", bit(combination, 6))
					.update();
			}
		}
	}

	@Test
	void decidesEveryChannelForEveryCombinationAsTheRuleSays() {
		for (Channel channel : Channel.values()) {
			Map<Integer, Boolean> actual = new HashMap<>();
			jdbc.sql("SELECT c.customer_id, CASE WHEN " + ConsentRule.contactable(channel, "cp")
					+ " THEN 1 ELSE 0 END AS ok FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id"
					+ " WHERE c.customer_id BETWEEN :low AND :high")
				.param("low", base)
				.param("high", base + (1 << FLAGS))
				.query((rs, row) -> actual.put(rs.getInt(1) - base, rs.getInt(2) == 1))
				.list();
			List<String> wrong = new ArrayList<>();
			for (int combination = 0; combination <= 1 << FLAGS; combination++) {
				if (actual.get(combination) != expectedContactable(combination, channel)) {
					wrong.add(describe(combination));
				}
			}
			assertThat(wrong).as("combinations decided wrongly for %s", channel).isEmpty();
			assertThat(actual).hasSize((1 << FLAGS) + 1);
		}
	}

	@Test
	void givesEveryCombinationItsStatus() {
		Map<Integer, String> actual = new HashMap<>();
		jdbc.sql("SELECT c.customer_id, " + ConsentRule.statusExpression("cp")
				+ " FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id"
				+ " WHERE c.customer_id BETWEEN :low AND :high")
			.param("low", base)
			.param("high", base + (1 << FLAGS))
			.query((rs, row) -> actual.put(rs.getInt(1) - base, rs.getString(2)))
			.list();
		for (int combination = 0; combination <= 1 << FLAGS; combination++) {
			assertThat(actual.get(combination)).as(describe(combination)).isEqualTo(expectedStatus(combination).name());
		}
	}

	@Test
	void refusesAnAliasThatIsNotAPlainName() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConsentRule.contactable(Channel.EMAIL, "cp; DROP TABLE x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** DESIGN.md §5, as a person would apply it to one record. */
	private static boolean expectedContactable(int combination, Channel channel) {
		if (combination == 1 << FLAGS) {
			return false;
		}
		boolean optIn = switch (channel) {
			case EMAIL -> bit(combination, 2);
			case SMS -> bit(combination, 3);
			case PHONE -> bit(combination, 4);
			case POST -> bit(combination, 5);
		};
		return bit(combination, 0) && optIn && !bit(combination, 6) && bit(combination, 1);
	}

	private static ConsentStatus expectedStatus(int combination) {
		if (combination == 1 << FLAGS) {
			return ConsentStatus.UNKNOWN;
		}
		if (!bit(combination, 0) || bit(combination, 6)) {
			return ConsentStatus.REFUSED;
		}
		return bit(combination, 1) ? ConsentStatus.CONSENTED : ConsentStatus.REQUIREMENTS_NOT_MET;
	}

	private static boolean bit(int combination, int index) {
		return (combination >> index & 1) == 1;
	}

	private static String describe(int combination) {
		if (combination == 1 << FLAGS) {
			return "no compliance row";
		}
		return "consent=%s requirements=%s email=%s sms=%s phone=%s post=%s doNotContact=%s".formatted(bit(combination, 0),
				bit(combination, 1), bit(combination, 2), bit(combination, 3), bit(combination, 4), bit(combination, 5),
				bit(combination, 6));
	}

}
