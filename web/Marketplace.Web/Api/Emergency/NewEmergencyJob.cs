namespace Marketplace.Web.Api.Emergency;

/// <summary>POST emergency-jobs: the site is a US postal code (or city and state) the service geocodes.</summary>
public sealed record NewEmergencyJob(
    string? Title,
    string? Description,
    string? JobCategory,
    string? SiteName,
    string? Address,
    string? City,
    string? StateProvince,
    string? PostalCode,
    DateOnly? DateNeeded,
    string? TimeStart,
    string? TimeEnd,
    decimal? EstimatedHours,
    string? EquipmentContext,
    decimal? PayRate,
    string PayType,
    string Currency,
    double? BroadcastRadiusMiles);
