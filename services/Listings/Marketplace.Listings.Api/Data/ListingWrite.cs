using System.Text.Json;
using Marketplace.Listings.Api.Apis;
using Marketplace.Listings.Api.Domain;

namespace Marketplace.Listings.Api.Data;

/// <summary>The database form of a validated request: enum values as snake_case text, lists as arrays.</summary>
public sealed record ListingWrite
{
    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string JobCategory { get; init; }
    public required string Trade { get; init; }
    public required string JobType { get; init; }
    public required string Visibility { get; init; }
    public string? VisibilityCascade { get; init; }
    public required string ExperienceLevel { get; init; }
    public required string[] RequiredCertifications { get; init; }
    public required string[] PreferredCertifications { get; init; }
    public required string[] RequiredSkills { get; init; }
    public required string[] PreferredSkills { get; init; }
    public required string[] RequiredLicenses { get; init; }
    public required string[] ManufacturerExperience { get; init; }
    public required string[] EquipmentTypes { get; init; }
    public required string LocationType { get; init; }
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? StateProvince { get; init; }
    public string? Country { get; init; }
    public string? PostalCode { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public bool TravelRequired { get; init; }
    public int? TravelPercentage { get; init; }
    public bool RelocationOffered { get; init; }
    public string? CompensationType { get; init; }
    public decimal? SalaryMin { get; init; }
    public decimal? SalaryMax { get; init; }
    public string? Currency { get; init; }
    public bool ShowCompensation { get; init; }
    public string? ScheduleType { get; init; }
    public decimal? HoursPerWeek { get; init; }
    public string? Shift { get; init; }
    public DateTime? StartDate { get; init; }
    public DateTime? EndDate { get; init; }
    public int? DurationWeeks { get; init; }
    public required string Urgency { get; init; }
    public DateTimeOffset? ApplicationDeadline { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public bool AutoRenew { get; init; }
    public int PositionsAvailable { get; init; }
    public int PositionsFilled { get; init; }
    public bool Featured { get; init; }
    public string? ContactName { get; init; }
    public string? ContactEmail { get; init; }
    public string? ContactPhone { get; init; }
    public required string[] MatchKeywords { get; init; }
    public required float[] Embedding { get; init; }

    /// <summary>The text the embedding is computed from.</summary>
    public string EmbeddingText => Embeddings.ListingText.For(Title, JobCategory, RequiredSkills.Concat(PreferredSkills), ManufacturerExperience, Description);

    /// <summary>The row without its embedding; the caller adds it with <c>with { Embedding = … }</c> from <see cref="EmbeddingText"/>.</summary>
    public static ListingWrite From(Guid id, JobListingRequest r)
    {
        var category = r.JobCategory!.Value;
        return new ListingWrite
        {
            Id = id,
            Title = r.Title!.Trim(),
            Description = r.Description!.Trim(),
            JobCategory = SnakeCase.Of(category),
            Trade = Trades.Of(category),
            JobType = SnakeCase.Of(r.JobType!.Value),
            Visibility = SnakeCase.Of(r.Visibility ?? ListingVisibility.Global),
            VisibilityCascade = r.VisibilityCascade is { Count: > 0 } steps
                ? JsonSerializer.Serialize(steps.Select(s => new { visibility = SnakeCase.Of(s.Visibility!.Value), after_hours = s.AfterHours }))
                : null,
            ExperienceLevel = SnakeCase.Of(r.ExperienceLevel ?? Domain.ExperienceLevel.Any),
            RequiredCertifications = Clean(r.RequiredCertifications),
            PreferredCertifications = Clean(r.PreferredCertifications),
            RequiredSkills = Clean(r.RequiredSkills),
            PreferredSkills = Clean(r.PreferredSkills),
            RequiredLicenses = Clean(r.RequiredLicenses),
            ManufacturerExperience = Clean(r.ManufacturerExperience),
            EquipmentTypes = Clean(r.EquipmentTypes),
            LocationType = SnakeCase.Of(r.LocationType ?? Domain.LocationType.OnSite),
            Address = r.Address?.Trim(),
            City = r.City?.Trim(),
            StateProvince = r.StateProvince?.Trim(),
            Country = r.Country?.Trim(),
            PostalCode = r.PostalCode?.Trim(),
            Latitude = r.Latitude,
            Longitude = r.Longitude,
            TravelRequired = r.TravelRequired ?? false,
            TravelPercentage = r.TravelPercentage,
            RelocationOffered = r.RelocationOffered ?? false,
            CompensationType = SnakeCase.Of(r.CompensationType),
            SalaryMin = r.SalaryMin,
            SalaryMax = r.SalaryMax,
            Currency = r.Currency ?? (r.SalaryMin is not null || r.SalaryMax is not null ? "USD" : null),
            ShowCompensation = r.ShowCompensation ?? true,
            ScheduleType = SnakeCase.Of(r.ScheduleType),
            HoursPerWeek = r.HoursPerWeek,
            Shift = r.Shift?.Trim(),
            StartDate = r.StartDate?.ToDateTime(TimeOnly.MinValue),
            EndDate = r.EndDate?.ToDateTime(TimeOnly.MinValue),
            DurationWeeks = r.DurationWeeks,
            Urgency = SnakeCase.Of(r.Urgency ?? Domain.Urgency.Standard),
            ApplicationDeadline = r.ApplicationDeadline?.ToUniversalTime(),
            ExpiresAt = r.ExpiresAt?.ToUniversalTime(),
            AutoRenew = r.AutoRenew ?? false,
            PositionsAvailable = r.PositionsAvailable ?? 1,
            PositionsFilled = r.PositionsFilled ?? 0,
            Featured = r.Featured ?? false,
            ContactName = r.ContactName?.Trim(),
            ContactEmail = r.ContactEmail?.Trim(),
            ContactPhone = r.ContactPhone?.Trim(),
            MatchKeywords = Clean(r.MatchKeywords),
            Embedding = [],
        };
    }

    private static string[] Clean(IReadOnlyList<string>? items) =>
        items is null ? [] : items.Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
