package id.kasir.web.api.payout;

import id.kasir.application.payout.FindPayouts;
import id.kasir.application.payout.InquirePayoutAccount;
import id.kasir.application.payout.PayoutNotFoundException;
import id.kasir.application.payout.PayoutRequest;
import id.kasir.application.payout.RequestPayout;
import id.kasir.domain.common.Actor;
import id.kasir.domain.common.Page;
import id.kasir.domain.money.Money;
import id.kasir.domain.payout.EwalletChannel;
import id.kasir.domain.payout.NewPayout;
import id.kasir.domain.payout.Payout;
import id.kasir.domain.payout.PayoutId;
import id.kasir.domain.payout.PayoutSearch;
import id.kasir.domain.payout.PayoutStatus;
import id.kasir.web.api.problem.FieldError;
import id.kasir.web.api.problem.InvalidQuery;
import id.kasir.web.api.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/payouts}: ask who holds an e-wallet account, request a payout (the API key is its maker;
 * an ops person approves it in the portal), read one or a filtered list. Payouts are idempotent by
 * {@code reference} and by {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/v1/payouts")
@Tag(name = "Payouts")
@SecurityRequirement(name = "apiKey")
public class PayoutsController {

    private static final String PROBLEM = "application/problem+json";
    static final int DEFAULT_PAGE = 50;
    static final int LARGEST_PAGE = 200;

    private final InquirePayoutAccount inquire;
    private final RequestPayout requestPayout;
    private final FindPayouts findPayouts;

    public PayoutsController(InquirePayoutAccount inquire, RequestPayout requestPayout, FindPayouts findPayouts) {
        this.inquire = inquire;
        this.requestPayout = requestPayout;
        this.findPayouts = findPayouts;
    }

    @PostMapping("/inquiries")
    @Operation(summary = "Ask the gateway who holds an e-wallet account",
            description = "Nothing is stored. 422 account-not-found when the e-wallet has no such account.")
    @ApiResponse(responseCode = "200", description = "The account holder's name")
    @ApiResponse(responseCode = "422", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "502", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "504", content = @Content(mediaType = PROBLEM))
    public PayoutInquiryResponse inquire(@Valid @RequestBody InquiryBody body, Principal caller,
                                         HttpServletRequest http) {
        Money amount = amount(body.amount());
        return PayoutInquiryResponse.of(inquire.inquire(channel(body.channel()), body.customerNumber(), amount,
                merchant(caller), http.getRemoteAddr()));
    }

    @PostMapping
    @Operation(summary = "Request a payout", description = """
            The gateway's account inquiry is made first; the payout then waits for an ops person's approval \
            (status AWAITING_APPROVAL). 201: requested. 200: this reference (or Idempotency-Key) was already \
            requested with the same values: that payout. 409: requested before with other values. 422: invalid \
            fields, account not found, a limit. 502/504: the account inquiry got no usable answer (nothing stored).""")
    @ApiResponse(responseCode = "201", description = "Requested, waiting for approval")
    @ApiResponse(responseCode = "200", description = "The same request again: the existing payout")
    @ApiResponse(responseCode = "409", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", content = @Content(mediaType = PROBLEM))
    public ResponseEntity<PayoutResponse> create(
            @Valid @RequestBody CreatePayoutBody body,
            @Parameter(description = "Optional; the same key with the same body answers the same payout")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal caller, HttpServletRequest http) {
        PayoutRequest request;
        try {
            request = new PayoutRequest(new NewPayout(body.reference(), channel(body.channel()), body.customerNumber(),
                    amount(body.amount()), body.expectedName()), idempotencyKey);
        } catch (IllegalArgumentException refused) {
            throw new InvalidPayoutRequest(refused.getMessage());
        }
        RequestPayout.Outcome outcome = requestPayout.request(request, merchant(caller), http.getRemoteAddr());
        PayoutResponse response = PayoutResponse.of(outcome.payout());
        if (!outcome.created()) {
            return ResponseEntity.ok(response);
        }
        return ResponseEntity.created(URI.create("/api/v1/payouts/" + outcome.payout().id().value())).body(response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a payout by Kasir's id")
    @ApiResponse(responseCode = "404", content = @Content(mediaType = PROBLEM))
    public PayoutResponse byId(@PathVariable String id) {
        return PayoutResponse.of(findPayouts.byId(payoutId(id)));
    }

    @GetMapping
    @Operation(summary = "Get the payout of a reference, or a filtered list",
            description = "With ?reference= the one payout (references are unique) or 404; otherwise a page, newest "
                    + "first, filtered by status, channel, customerNumber and createdFrom/createdTo (ISO-8601 instants, "
                    + "from inclusive, to exclusive); ?after= is the previous page's next.")
    public ResponseEntity<?> find(@RequestParam(required = false) String reference,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String channel,
                                  @RequestParam(required = false) String customerNumber,
                                  @RequestParam(required = false) String createdFrom,
                                  @RequestParam(required = false) String createdTo,
                                  @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) String after,
                                  HttpServletRequest request) {
        refuseUnknownOrRepeated(request.getParameterMap(), reference != null);
        if (reference != null) {
            return ResponseEntity.ok(PayoutResponse.of(findPayouts.byReference(reference)));
        }
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > LARGEST_PAGE) {
            throw new InvalidPayoutRequest("limit must be 1 to " + LARGEST_PAGE);
        }
        if (after != null) {
            refuseUnknownCursor(after);
        }
        PayoutSearch search = new PayoutSearch(status == null ? null : status(status),
                channel == null ? null : channel(channel), instant(createdFrom, "createdFrom"),
                instant(createdTo, "createdTo"), null, customerNumber, after, size);
        Page<Payout> page = findPayouts.search(search);
        return ResponseEntity.ok(new PayoutListResponse(page.items().stream().map(PayoutResponse::of).toList(),
                page.nextCursor().orElse(null)));
    }

    /**
     * The cursor is the id of the last payout of the page before: one that names no payout would list
     * nothing, and a client would take the empty page for the end of the list.
     */
    private void refuseUnknownCursor(String after) {
        try {
            findPayouts.byId(payoutId(after));
        } catch (PayoutNotFoundException unknown) {
            throw new InvalidPayoutRequest("after must be the next of the page before");
        }
    }

    private static final List<String> LIST_PARAMETERS = List.of("reference", "status", "channel", "customerNumber",
            "createdFrom", "createdTo", "limit", "after");

    /**
     * The list's query read as strictly as the payments list's: a misspelt filter ({@code referenc=}) would
     * otherwise silently list every payout; a repeated one would be read as one of its values; and
     * {@code reference} finds one payout, so another filter beside it would be ignored.
     */
    private static void refuseUnknownOrRepeated(Map<String, String[]> parameters, boolean byReference) {
        List<FieldError> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (!LIST_PARAMETERS.contains(name)) {
                errors.add(new FieldError(Problems.printable(name, 64), "is not a parameter of this list; use one of "
                        + String.join(", ", LIST_PARAMETERS.stream().sorted().toList())));
            } else if (values.length != 1) {
                errors.add(new FieldError(name, "must be given once"));
            } else if (byReference && !name.equals("reference")) {
                errors.add(new FieldError(name, "cannot be combined with reference, which names one payout"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
    }

    private static Money amount(java.math.BigDecimal value) {
        try {
            return NewPayout.rupiah(value);
        } catch (IllegalArgumentException refused) {
            throw new InvalidPayoutRequest(refused.getMessage());
        }
    }

    private static EwalletChannel channel(String value) {
        try {
            return EwalletChannel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw new InvalidPayoutRequest("channel must be one of DANA, OVO, GOPAY, SHOPEEPAY");
        }
    }

    private static PayoutStatus status(String value) {
        try {
            return PayoutStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            throw new InvalidPayoutRequest("status must be one of AWAITING_APPROVAL, APPROVED, PROCESSING, SUCCEEDED, "
                    + "FAILED, REJECTED");
        }
    }

    private static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new InvalidPayoutRequest(name + " must be an ISO-8601 instant such as 2026-11-21T00:00:00Z");
        }
    }

    static PayoutId payoutId(String id) {
        try {
            return new PayoutId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new PayoutNotFoundException(id.length() > 40 ? id.substring(0, 40) + "…" : id);
        }
    }

    private static Actor merchant(Principal caller) {
        return Actor.merchant(caller == null ? "unknown" : caller.getName());
    }
}
