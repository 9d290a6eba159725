package io.finseg.consent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws customers' opt-in for one channel (an unsubscribe): the other channels and the
 * general consent stay as they are. The caller records who asked for it in the audit log.
 */
@Component
public class ConsentWithdrawal {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsentWithdrawal(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return how many customers had the opt-in and lost it */
	@Transactional
	public int withdraw(Channel channel, Collection<Long> customerIds) {
		List<Long> ids = List.copyOf(customerIds);
		int changed = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			changed += jdbc.sql("UPDATE compliance SET %s = FALSE, updated_at = :now WHERE %s = TRUE AND customer_id IN (:ids)"
				.formatted(channel.optInColumn(), channel.optInColumn()))
				.param("now", LocalDateTime.now(clock))
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.update();
		}
		return changed;
	}

}
