package io.finseg.campaign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** At start-up, an export left running by a stopped app is recorded as broken off, never complete. */
@Component
class ExportRecovery implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ExportRecovery.class);

	private final CampaignRepository campaigns;

	ExportRecovery(CampaignRepository campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public void afterSingletonsInstantiated() {
		int broken = campaigns.markRunningExportsBrokenOff();
		if (broken > 0) {
			log.warn("{} campaign export(s) were cut off by the last stop and are recorded as broken off", broken);
		}
	}

}
