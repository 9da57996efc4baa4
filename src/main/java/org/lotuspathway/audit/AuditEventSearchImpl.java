package org.lotuspathway.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.lotuspathway.process.PathwayClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** The search behind {@link AuditEventRepository}: only the filters given become conditions. */
class AuditEventSearchImpl implements AuditEventSearch {

    private final EntityManager entities;

    AuditEventSearchImpl(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        CriteriaBuilder criteria = entities.getCriteriaBuilder();

        CriteriaQuery<AuditEvent> select = criteria.createQuery(AuditEvent.class);
        Root<AuditEvent> event = select.from(AuditEvent.class);
        select.where(conditions(filter, criteria, event))
                .orderBy(criteria.desc(event.get("occurredAt")), criteria.desc(event.get("id")));
        List<AuditEvent> lines = entities.createQuery(select).setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize()).getResultList();

        CriteriaQuery<Long> count = criteria.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(criteria.count(counted)).where(conditions(filter, criteria, counted));
        return new PageImpl<>(lines, pageable, entities.createQuery(count).getSingleResult());
    }

    private static Predicate[] conditions(AuditFilter filter, CriteriaBuilder criteria, Root<AuditEvent> event) {
        List<Predicate> conditions = new ArrayList<>();
        if (filter.businessKey() != null) {
            conditions.add(criteria.equal(criteria.upper(event.get("businessKey")), filter.businessKey().toUpperCase()));
        }
        if (filter.actor() != null) {
            conditions.add(criteria.equal(event.get("actor"), filter.actor()));
        }
        if (filter.from() != null) {
            Instant start = filter.from().atStartOfDay(PathwayClock.UK).toInstant();
            conditions.add(criteria.greaterThanOrEqualTo(event.get("occurredAt"), start));
        }
        if (filter.to() != null) {
            Instant end = filter.to().plusDays(1).atStartOfDay(PathwayClock.UK).toInstant();
            conditions.add(criteria.lessThan(event.get("occurredAt"), end));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
