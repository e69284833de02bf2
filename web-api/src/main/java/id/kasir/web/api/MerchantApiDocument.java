package id.kasir.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.core.util.Json31;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The OpenAPI document of the merchant API: only {@code /api/**}, the bearer-key scheme, what every
 * request body must be, the problem format, and the events Kasir POSTs to the merchant (OpenAPI 3.1
 * {@code webhooks}), whose {@code data} is the same {@code Payment} schema the API answers with.
 */
final class MerchantApiDocument implements OpenApiCustomizer {

    private static final Pattern SCHEMA_REFERENCE = Pattern.compile("#/components/schemas/([A-Za-z0-9_.\\-]+)");
    static final List<String> PAYMENT_EVENTS = List.of("payment.open", "payment.paying", "payment.paid",
            "payment.failed", "payment.expired", "payment.cancelled");
    static final List<String> PAYOUT_EVENTS = List.of("payout.awaiting_approval", "payout.approved",
            "payout.rejected", "payout.processing", "payout.succeeded", "payout.failed");

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() != null) {
            api.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
        }
        api.info(new Info().title("Kasir merchant API").version("v1").description("""
                Create payments at Indonesian gateways and follow them. Authenticate with 'Authorization: Bearer \
                <API key>'. Request bodies are 'application/json' in UTF-8 only (415 otherwise), at most \
                kasir.api.max-body-size (default 64 KiB, 413 beyond), read strictly: every value must have the JSON \
                type shown, unknown or repeated fields are refused (400). Errors are RFC 9457 problem details \
                ('application/problem+json', type 'urn:kasir:problem:<name>'), never a stack trace; 503 with \
                Retry-After when Kasir's database cannot be reached. Kasir POSTs a signed event for every status \
                change (see webhooks): de-duplicate on its id, order by its version."""));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        components.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API key issued in the admin portal, or KASIR_API_KEY"));
        components.addSchemas("Problem", problem());
        components.addSchemas("PaymentEvent", event("payment", PAYMENT_EVENTS, "Payment"));
        components.addSchemas("PayoutEvent", event("payout", PAYOUT_EVENTS, "Payout"));
        api.components(components);
        addWebhooks(api);
        problemsHaveTheProblemSchema(api);
        keepOnlyReferencedSchemas(api);
        requestAmountsAreNumbers(api);
    }

    /**
     * The request bodies' amounts are JSON numbers (the strict reader refuses a string, 400). The model
     * resolver cannot see that through their custom deserializer and would document them as strings, so a
     * generated client would send {@code "15000"}: the document says what the reader wants.
     */
    private static void requestAmountsAreNumbers(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        for (String request : List.of("CreatePaymentRequest", "CreatePayoutRequest", "PayoutInquiryRequest")) {
            Schema<?> schema = api.getComponents().getSchemas().get(request);
            Schema<?> amount = schema == null || schema.getProperties() == null ? null : schema.getProperties().get("amount");
            if (amount != null) {
                amount.setType("number");
                amount.setTypes(new java.util.LinkedHashSet<>(List.of("number")));
                amount.setFormat(null);
            }
        }
    }

    /** Every problem+json answer the controllers declare is a {@code Problem}. */
    private static void problemsHaveTheProblemSchema(OpenAPI api) {
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().values().forEach(response -> {
                MediaType problem = response.getContent() == null ? null : response.getContent().get("application/problem+json");
                if (problem != null && problem.getSchema() == null) {
                    problem.setSchema(new Schema<>().$ref("#/components/schemas/Problem"));
                }
            });
        }));
    }

    private static void addWebhooks(OpenAPI api) {
        addWebhooks(api, PAYMENT_EVENTS, "PaymentEvent");
        addWebhooks(api, PAYOUT_EVENTS, "PayoutEvent");
    }

    private static void addWebhooks(OpenAPI api, List<String> types, String schema) {
        for (String type : types) {
            api.addWebhooks(type, new PathItem().post(new Operation()
                    .summary("Kasir tells the merchant's system: " + type)
                    .description("POSTed to kasir.merchant-notifications.url with headers Kasir-Event-Id, "
                            + "Kasir-Event-Type, Kasir-Timestamp (unix seconds) and Kasir-Signature: v1=<hex of "
                            + "HMAC-SHA256(secret, timestamp + '.' + raw body)>. At least once: de-duplicate on id; "
                            + "possibly out of order: ignore an event whose version is lower than the one you have.")
                    .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                            "application/json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema)))))
                    .responses(new ApiResponses().addApiResponse("2XX", new ApiResponse()
                            .description("Received; any 2xx counts, anything else is retried with back-off")
                            .addHeaderObject("Content-Type", new Header().schema(new StringSchema()))))));
        }
    }

    /**
     * The application's other controllers (the portal, the sandbox, the gateways' endpoints) leave their
     * schemas behind when their paths are removed: keep only what the API's paths and webhooks reach.
     */
    private static void keepOnlyReferencedSchemas(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> reached = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(referencesIn(Json31.pretty(api.getPaths()) + Json31.pretty(api.getWebhooks())));
        while (!toVisit.isEmpty()) {
            String name = toVisit.pop();
            if (reached.add(name) && schemas.containsKey(name)) {
                toVisit.addAll(referencesIn(Json31.pretty(schemas.get(name))));
            }
        }
        schemas.keySet().retainAll(reached);
    }

    private static List<String> referencesIn(String json) {
        List<String> names = new ArrayList<>();
        Matcher reference = SCHEMA_REFERENCE.matcher(json);
        while (reference.find()) {
            names.add(reference.group(1));
        }
        return names;
    }

    /** The envelope of every {@code <subject>.*} event: the subject in the same shape as the API's answers. */
    private static Schema<?> event(String subject, List<String> types, String dataSchema) {
        return new ObjectSchema().description("The body of every " + subject + ".* event: the " + subject
                        + " in the same shape as the API's answers, at the version this change stored")
                .addProperty("id", new StringSchema().format("uuid").description("The event's id: de-duplicate on it"))
                .addProperty("type", new StringSchema()._enum(types))
                .addProperty("created", new StringSchema().format("date-time").description("When the change was recorded, UTC"))
                .addProperty("version", new IntegerSchema().format("int64")
                        .description("The " + subject + "'s version after this change (= data.version); order by it"))
                .addProperty("data", new Schema<>().$ref("#/components/schemas/" + dataSchema))
                .required(List.of("id", "type", "created", "version", "data"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema().description("RFC 9457 problem details; every error of the API has this shape")
                .addProperty("type", new StringSchema().example("urn:kasir:problem:validation-failed"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().description("The path asked for, when it is a valid URI"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))
                        .description("400 and 422: one entry per field or parameter at fault"))
                .addProperty("differingFields", new io.swagger.v3.oas.models.media.ArraySchema().items(new StringSchema())
                        .description("409: the fields that differ from the first request"))
                .addProperty("reference", new StringSchema().description("500: quote it; it is in Kasir's log"));
    }
}
