package io.finseg.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** What a reader sees on the segment pages, read from their HTML: table rows, member links, why lines. */
final class SegmentPageText {

	private static final Pattern CUSTOMER_LINK = Pattern.compile("href=\"/customers/(\\d+)\"");

	private SegmentPageText() {
	}

	static String rowOf(String page, String marker) {
		int at = page.indexOf(marker);
		assertThat(at).as("row with %s", marker).isPositive();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	static List<Long> memberIds(String page) {
		int table = page.indexOf("id=\"members\"");
		Matcher matcher = CUSTOMER_LINK.matcher(page.substring(table));
		List<Long> ids = new ArrayList<>();
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids.stream().distinct().toList();
	}

	/** The why lines as text: "✓ met age ≥ 30". */
	static List<String> lines(String html) {
		List<String> lines = new ArrayList<>();
		Matcher matcher = Pattern.compile("<li class=\"why-depth[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(html);
		while (matcher.find()) {
			lines.add(HtmlUtils.htmlUnescape(matcher.group(1).replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").trim());
		}
		return lines;
	}

}
