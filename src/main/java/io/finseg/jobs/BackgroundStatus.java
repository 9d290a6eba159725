package io.finseg.jobs;

import java.util.List;

/**
 * The state of background work that is more than its jobs (e.g. the segment index: ready, how
 * big, or why it is off), shown above the job list. Other rooms implement it; this room knows
 * none of them.
 */
public interface BackgroundStatus {

	Note note();

	/**
	 * @param id the HTML id of the note
	 * @param headingKey message key of its heading
	 * @param messageKey message key of the text, {@code args} its arguments
	 * @param problem true when the work cannot do what it is for (shown as a warning)
	 */
	record Note(String id, String headingKey, String messageKey, List<Object> args, boolean problem) {

		public Note {
			args = List.copyOf(args);
		}

		public Object[] argsArray() {
			return args.toArray();
		}

	}

}
