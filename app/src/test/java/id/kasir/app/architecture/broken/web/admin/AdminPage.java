package id.kasir.app.architecture.broken.web.admin;

import id.kasir.app.architecture.broken.web.api.ApiUsingAdmin;

/** With {@link ApiUsingAdmin}, a cycle between two modules. */
public class AdminPage {
    public Object api() {
        return new ApiUsingAdmin();
    }
}
