using Marketplace.Contracts.EmergencyDispatch;
using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Broadcast;

public static class JobSnapshots
{
    public static EmergencyJobSnapshot From(EmergencyJobRow job) => new(
        job.Title, job.JobCategory, job.City, job.StateProvince, job.Country, job.Latitude, job.Longitude, job.DateNeeded,
        job.PayRate, job.PayType, job.Currency, job.RequiredSkills, job.RequiredCertifications, job.PostedAt, job.ExpiresAt);

    public static Domain.JobRequirements Requirements(EmergencyJobRow job) => new(
        job.JobCategory, job.DateNeeded, job.RequiredSkills, job.RequiredCertifications, job.PayRate,
        SnakeCase.TryParse<Domain.PayType>(job.PayType, out var payType) ? payType : Domain.PayType.Hourly, job.Currency);
}
