package io.finseg.segment.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import io.finseg.consent.Channel;
import io.finseg.features.CustomerRow;
import io.finseg.features.CustomerRows;
import io.finseg.features.FeatureService;
import io.finseg.segment.FairLendingGuard;
import io.finseg.segment.Purpose;
import io.finseg.segment.RuleException;
import io.finseg.segment.RuleSentence;
import io.finseg.segment.SegmentCount;
import io.finseg.segment.SegmentRepository;
import io.finseg.segment.SegmentService;

/**
 * What the builder's live panel shows for the form as it stands: how many customers match, their
 * share, who can be contacted per channel, five of them, the rule in words, the problems by row
 * and the fair-lending warning. Rows still waiting for input are left out of the count.
 */
@Service
public class SegmentPreview {

	static final int SAMPLE_SIZE = 5;

	private final SegmentService segments;

	private final SegmentRepository repository;

	private final RuleSentence sentences;

	private final FairLendingGuard fairLending;

	private final FeatureService features;

	private final CustomerRows customerRows;

	private final MessageSource messages;

	SegmentPreview(SegmentService segments, SegmentRepository repository, RuleSentence sentences,
			FairLendingGuard fairLending, FeatureService features, CustomerRows customerRows, MessageSource messages) {
		this.segments = segments;
		this.repository = repository;
		this.sentences = sentences;
		this.fairLending = fairLending;
		this.features = features;
		this.customerRows = customerRows;
		this.messages = messages;
	}

	/** The panel's content; with {@code strict} (on save) incomplete rows are problems too. */
	public Preview of(BuilderForm form, Long segmentId, Authentication viewer, Locale locale, boolean strict) {
		BuilderForm.Pruned pruned = form.pruned();
		Map<String, String> problems = new LinkedHashMap<>();
		if (strict) {
			form.nodes().stream().filter(BuilderNode::isIncomplete)
				.forEach(node -> problems.put(node.getPath(), text(node.missing(), locale)));
		}
		List<FairLendingGuard.Finding> warnings = form.getPurpose() == Purpose.CREDIT_OFFER && pruned.rule() != null
				? fairLending.findings(pruned.rule(), segmentId, locale) : List.of();
		long all = features.current().customers();
		if (pruned.rule() == null) {
			return new Preview(false, null, all, List.of(), List.of(), "", problems, pruned.incomplete().size(), warnings);
		}
		try {
			SegmentCount count = segments.count(pruned.rule(), segmentId);
			List<CustomerRow> sample = customerRows.of(segments.firstMembers(pruned.rule(), segmentId, SAMPLE_SIZE), viewer);
			String sentence = sentences.of(pruned.rule(), repository::nameOf, locale);
			return new Preview(true, count, all, channels(count), sample, sentence, problems, pruned.incomplete().size(),
					warnings);
		}
		catch (RuleException problem) {
			problems.put(pruned.formPathOf(problem), text(problem.messageKey(), locale, problem.args().toArray()));
			return new Preview(false, null, all, List.of(), List.of(), "", problems, pruned.incomplete().size(), warnings);
		}
	}

	private static List<ChannelShare> channels(SegmentCount count) {
		List<ChannelShare> channels = new ArrayList<>();
		channels.add(new ChannelShare(Channel.EMAIL, count.email(), count.customers()));
		channels.add(new ChannelShare(Channel.SMS, count.sms(), count.customers()));
		channels.add(new ChannelShare(Channel.PHONE, count.phone(), count.customers()));
		channels.add(new ChannelShare(Channel.POST, count.post(), count.customers()));
		return channels;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * @param counted false while nothing countable is there yet or the rule has a problem
	 * @param problems what is wrong, in words, by form path of the row concerned
	 * @param fairLendingConditions where a credit offer selects by a protected attribute
	 */
	public record Preview(boolean counted, SegmentCount count, long allCustomers, List<ChannelShare> channels,
			List<CustomerRow> sample, String sentence, Map<String, String> problems, int incompleteRows,
			List<FairLendingGuard.Finding> fairLendingConditions) {

		/** Share of all customers, in percent. */
		public double share() {
			return counted && allCustomers > 0 ? 100.0 * count.customers() / allCustomers : 0;
		}

		public boolean hasProblems() {
			return !problems.isEmpty();
		}

	}

	/** Members contactable on a channel, and their share of the members. */
	public record ChannelShare(Channel channel, long contactable, long of) {

		public double percent() {
			return of == 0 ? 0 : 100.0 * contactable / of;
		}

	}

}
