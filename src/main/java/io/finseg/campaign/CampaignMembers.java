package io.finseg.campaign;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A frozen campaign's members as a compact, read-only list: every customer id (sorted) and
 * whether they were held out. Half a million members take about 2.5 MB.
 */
public final class CampaignMembers {

	private final int[] customerIds;

	private final BitSet holdout;

	private final int holdoutCount;

	CampaignMembers(int[] sortedCustomerIds, BitSet holdout) {
		this.customerIds = sortedCustomerIds;
		this.holdout = holdout;
		this.holdoutCount = holdout.cardinality();
	}

	public boolean contains(long customerId) {
		return indexOf(customerId) >= 0;
	}

	/** True for a held-out member; false for a target member or a customer who is no member. */
	public boolean isHoldout(long customerId) {
		int index = indexOf(customerId);
		return index >= 0 && holdout.get(index);
	}

	public int size() {
		return customerIds.length;
	}

	public int holdoutSize() {
		return holdoutCount;
	}

	public int targetSize() {
		return customerIds.length - holdoutCount;
	}

	/** Calls {@code each} with every member in customer-id order. */
	public void forEach(Member each) {
		for (int i = 0; i < customerIds.length; i++) {
			each.accept(customerIds[i], holdout.get(i));
		}
	}

	private int indexOf(long customerId) {
		if (customerId < Integer.MIN_VALUE || customerId > Integer.MAX_VALUE) {
			return -1;
		}
		return Arrays.binarySearch(customerIds, (int) customerId);
	}

	/** One member: the customer and whether they were held out. */
	@FunctionalInterface
	public interface Member {

		void accept(int customerId, boolean holdout);

	}

}
