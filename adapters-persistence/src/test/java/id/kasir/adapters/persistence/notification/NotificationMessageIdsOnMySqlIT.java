package id.kasir.adapters.persistence.notification;

import id.kasir.adapters.persistence.testing.OnMySql;

@OnMySql
class NotificationMessageIdsOnMySqlIT extends NotificationMessageIdsContract {
}
