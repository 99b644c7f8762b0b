using System.Text.Json;
using Marketplace.Listings.Api.Apis;
using Marketplace.Listings.Api.Domain;
using Pgvector;

namespace Marketplace.Listings.Api.Data;

/// <summary>The database form of a validated request: enum values as snake_case text, lists as arrays.</summary>
public sealed record ListingWrite : ListingFields
{
    public DateTimeOffset? ApplicationDeadline { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public required Vector? Embedding { get; init; }

    /// <summary>The model <see cref="Embedding"/> was made with (IEmbeddingProvider.Model); search compares only vectors of the current one.</summary>
    public string EmbeddingModel { get; init; } = "";

    /// <summary>The text the embedding is computed from.</summary>
    public string EmbeddingText => Marketplace.Embeddings.ListingText.For(Title, JobCategory, RequiredSkills.Concat(PreferredSkills), ManufacturerExperience, Description);

    /// <summary>The row without its embedding; the caller adds it with <c>with { Embedding = … }</c> from <see cref="EmbeddingText"/>.</summary>
    public static ListingWrite From(Guid id, JobListingRequest r)
    {
        var category = r.JobCategory!.Value;
        return new ListingWrite
        {
            Id = id,
            Title = r.Title!.Trim(),
            OrganizationName = string.IsNullOrWhiteSpace(r.OrganizationName) ? null : r.OrganizationName.Trim(),
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
            PositionsFilled = 0,
            Featured = false,
            ContactName = r.ContactName?.Trim(),
            ContactEmail = r.ContactEmail?.Trim(),
            ContactPhone = r.ContactPhone?.Trim(),
            MatchKeywords = Clean(r.MatchKeywords),
            Embedding = null,
        };
    }

    private static string[] Clean(IReadOnlyList<string>? items) =>
        items is null ? [] : items.Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
