package id.kasir.web.api.input;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper the merchant API reads request bodies with: a value must have exactly the JSON type
 * the API documents. Jackson's defaults would turn {@code "15000"} into a number, {@code 123456} or
 * {@code true} into a string and {@code 30.5} into the integer 30, and keep the last of two duplicate
 * keys; for money that is how a typo becomes a payment. Here each of those is refused (400, naming the
 * field), as are unknown fields (a misspelt {@code expiresInMinute} would otherwise be silently
 * ignored), trailing content after the object and absurd sizes (nesting, number and string lengths).
 */
public final class StrictJson {

    /** Deep enough for the documented bodies (2 levels), far too shallow for a nesting bomb. */
    static final int MAX_NESTING = 8;
    /** Longer than any amount Kasir accepts (16 digits and {@code .00}) and cheap to refuse. */
    static final int MAX_NUMBER_LENGTH = 32;

    private StrictJson() {
    }

    public static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(256)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS, MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES)
                .withCoercionConfigDefaults(coercion -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        coercion.setCoercion(shape, CoercionAction.Fail);
                    }
                    coercion.setAcceptBlankAsEmpty(false);
                })
                .build();
    }
}
