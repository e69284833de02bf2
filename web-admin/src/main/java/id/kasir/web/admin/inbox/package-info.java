/** The inboxes: every gateway notification received, and the ops exceptions waiting for a person. */
package id.kasir.web.admin.inbox;
