package io.finseg.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.finseg.attributes.AttributeValueErasure;
import io.finseg.campaign.CampaignErasure;
import io.finseg.customer.CustomerErasure;
import io.finseg.customer.CustomerTable;
import io.finseg.customer.ErasedRows;
import io.finseg.features.FeatureErasure;

/**
 * Erasing a customer on request: a page that says what goes, asks for the customer id to be
 * typed, and then erases. Only administrators reach /admin/**.
 */
@Controller
class ErasureController {

	private final CustomerErasure customers;

	private final FeatureErasure features;

	private final CampaignErasure campaigns;

	private final AttributeValueErasure attributes;

	ErasureController(CustomerErasure customers, FeatureErasure features, CampaignErasure campaigns,
			AttributeValueErasure attributes) {
		this.customers = customers;
		this.features = features;
		this.campaigns = campaigns;
		this.attributes = attributes;
	}

	@GetMapping("/admin/customers/{id}/erase")
	String confirm(@PathVariable long id, Model model) {
		model.addAttribute("preview", preview(id));
		return "erasure/confirm";
	}

	@PostMapping("/admin/customers/{id}/erase")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "") String confirmation, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!confirmation.strip().equals(Long.toString(id))) {
			ErasurePreview preview = preview(id);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("preview", preview);
			model.addAttribute("wrongConfirmation", confirmation.strip());
			return "erasure/confirm";
		}
		ErasedRows removed = customers.erase(id).orElseThrow(() -> new CustomerToEraseNotFoundException(id));
		redirect.addFlashAttribute("flashSuccess", "erasure.done");
		redirect.addFlashAttribute("flashArgs", new Object[] { Long.toString(id), removed.total() });
		return "redirect:/customers";
	}

	private ErasurePreview preview(long id) {
		String name = customers.name(id).orElseThrow(() -> new CustomerToEraseNotFoundException(id));
		Map<CustomerTable, Long> held = customers.rowsHeld(id).orElseThrow(() -> new CustomerToEraseNotFoundException(id));
		List<ErasurePreview.TableRows> tables = new ArrayList<>();
		held.forEach((table, rows) -> tables
			.add(new ErasurePreview.TableRows(table.tableName(), "erasure.table." + table.tableName(), rows)));
		features.rowsHeld(id).forEach((table, rows) -> tables
			.add(new ErasurePreview.TableRows(table, "erasure.table.features", rows)));
		tables.add(new ErasurePreview.TableRows("customer_attribute", "erasure.table.customer_attribute",
				attributes.rowsHeld(id)));
		return new ErasurePreview(id, name, tables, campaigns.snapshotsHolding(id));
	}

}
