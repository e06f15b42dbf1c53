package kr.academy.tenancy;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * Base of every tenant-scoped entity: EclipseLink adds {@code tenant_id = <bound tenant>} to every
 * read and sets it on every insert; without a bound tenant it refuses to run the query.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT,
    discriminatorType = jakarta.persistence.DiscriminatorType.INTEGER)
public abstract class TenantScoped {}
