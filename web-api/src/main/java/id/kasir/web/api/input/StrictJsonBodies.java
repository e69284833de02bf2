package id.kasir.web.api.input;

import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes Spring MVC's JSON converter read every {@link StrictJsonBody} with {@link StrictJson}'s mapper;
 * everything else (the portal, the gateways' endpoints, every answer the API writes) keeps the
 * application's mapper.
 */
public final class StrictJsonBodies implements WebMvcConfigurer {

    private final JsonMapper strict = StrictJson.mapper();

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConverters(converter -> {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                json.registerMappersForType(StrictJsonBody.class, byType -> byType.put(MediaType.APPLICATION_JSON, strict));
            }
        });
    }
}
