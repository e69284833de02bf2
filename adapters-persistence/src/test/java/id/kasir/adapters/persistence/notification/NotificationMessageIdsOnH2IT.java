package id.kasir.adapters.persistence.notification;

import id.kasir.adapters.persistence.testing.OnH2;

@OnH2
class NotificationMessageIdsOnH2IT extends NotificationMessageIdsContract {
}
