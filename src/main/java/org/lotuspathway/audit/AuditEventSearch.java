package org.lotuspathway.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Reading the audit log a page at a time, narrowed by case, person and dates; newest first. */
public interface AuditEventSearch {

    Page<AuditEvent> search(AuditFilter filter, Pageable pageable);
}
