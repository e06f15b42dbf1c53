package kr.academy.web.tenancy;

/** PUT body of an academy's monthly quota of texts; null means the platform default. */
public record MessageQuotaRequest(Integer monthlyQuota) {}
