package id.kasir.web.api.input;

/**
 * Marks a request body read with the API's strict JSON mapper ({@link StrictJson}) instead of the
 * application's lenient one; the portal and the gateway endpoints keep theirs.
 */
public interface StrictJsonBody {
}
