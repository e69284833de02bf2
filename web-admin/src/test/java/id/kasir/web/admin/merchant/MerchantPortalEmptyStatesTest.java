package id.kasir.web.admin.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A Kasir with no key and no merchant notification yet (its own application context, so nothing the
 * other tests add shows here): the pages say so in both languages instead of showing an empty table.
 */
@SpringBootTest(properties = "kasir.admin.page-size=10")
@AutoConfigureMockMvc
class MerchantPortalEmptyStatesTest {

    @Autowired
    MockMvc mvc;

    private String page(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user("someone").roles(role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void withoutKeysOrNotificationsThePagesExplainWhatWillAppearInBothLanguages() throws Exception {
        assertThat(page("/admin/api-keys", "ADMIN")).contains("id=\"api-keys-empty\"").contains("No API key yet")
                .doesNotContain("id=\"api-keys-table\"").contains("id=\"create-api-key\"");
        assertThat(page("/admin/merchant-notifications", "VIEWER")).contains("id=\"merchant-notifications-empty\"")
                .doesNotContain("id=\"merchant-notifications-table\"").doesNotContain("merchant-notifications-next");

        assertThat(page("/admin/api-keys?lang=id", "ADMIN")).contains("Belum ada kunci API");
        assertThat(page("/admin/merchant-notifications?lang=id", "VIEWER")).contains("Belum ada notifikasi untuk merchant");
    }
}
