package id.kasir.app.architecture.broken.web.api;

import id.kasir.app.architecture.broken.web.admin.AdminPage;

/** Breaks "web modules never import each other" (and, with AdminPage, "no cycles"). */
public class ApiUsingAdmin {
    public Object admin() {
        return new AdminPage();
    }
}
