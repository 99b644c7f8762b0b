using Marketplace.Listings.Api.Domain;
using Marketplace.Listings.Api.Search;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Listings.Api.Alerts;

/// <summary>
/// A validated alert as stored: enum lists in their snake_case text, the location as the user gave it (the matcher
/// resolves it again through <see cref="JobSearchCriteria"/>, so alerts and the search can never disagree).
/// </summary>
public sealed record JobAlertDefinition : JobAlertFields
{
    public const string DefaultName = "Job alert";

    public JobAlertDefinition()
    {
    }

    /// <summary>A stored alert's definition: its fields as they are, its frequency parsed.</summary>
    public JobAlertDefinition(JobAlertFields stored, AlertFrequency frequency)
        : base(stored) => Frequency = frequency;

    public AlertFrequency Frequency { get; init; }

    /// <summary>The alert's criteria in the search's own terms, validated by the search's own rules.</summary>
    public JobSearchParameters SearchParameters() => new(
        Q: null, Categories, JobTypes, ExperienceLevels, Visibility: null, Urgency: null, City, State, Country, PostalCode,
        NearLat, NearLng, RadiusMiles, RemoteOnly, MinSalary, MaxSalary: null, Manufacturers, Certifications: null,
        SortBy: null, SortOrder: null, Page: null, PageSize: null, UseSemantic: null);

    public static (JobAlertDefinition? Definition, Dictionary<string, string[]> Errors) From(JobAlertRequest r, Func<UsGeocoder> geocoder)
    {
        var errors = new ValidationErrors();
        errors.Length("name", r.Name, 1, 100);
        errors.List("skills", r.Skills, 30, 100);
        errors.List("manufacturers", r.Manufacturers, 30, 100);
        var frequency = AlertFrequency.Instant;
        errors.Check(r.Frequency is null || SnakeCase.TryParse(r.Frequency, out frequency), "frequency",
            $"frequency is one of {SnakeCase.Names<AlertFrequency>()}.");
        var channels = ParseChannels(r.Channels, errors);

        var draft = new JobAlertDefinition
        {
            Name = string.IsNullOrWhiteSpace(r.Name) ? DefaultName : r.Name.Trim(),
            Categories = r.Categories,
            JobTypes = r.JobTypes,
            ExperienceLevels = r.ExperienceLevels,
            City = Trimmed(r.City),
            State = Trimmed(r.State),
            Country = Trimmed(r.Country),
            PostalCode = Trimmed(r.PostalCode),
            NearLat = r.NearLat,
            NearLng = r.NearLng,
            RadiusMiles = r.RadiusMiles,
            RemoteOnly = r.RemoteOnly ?? false,
            MinSalary = r.MinSalary,
            Skills = Lowered(r.Skills),
            Manufacturers = r.Manufacturers,
            Frequency = frequency,
            Channels = channels,
            Active = r.Active ?? true,
        };
        var (criteria, searchErrors) = JobSearchCriteria.From(draft.SearchParameters(), geocoder);
        foreach (var (field, messages) in searchErrors)
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        if (!errors.IsEmpty || criteria is null)
        {
            return (null, errors.ToDictionary());
        }

        // Stored in the search's canonical spelling, so the response and the matcher read the same values.
        return (draft with
        {
            Categories = criteria.Categories,
            JobTypes = criteria.JobTypes,
            ExperienceLevels = criteria.ExperienceLevels,
            Manufacturers = criteria.Manufacturers,
        }, []);
    }

    private static string[] ParseChannels(string[]? values, ValidationErrors errors)
    {
        if (values is null)
        {
            return [SnakeCase.Of(AlertChannel.Email)];
        }

        errors.Check(values.Length > 0, "channels", "channels needs at least one channel.");
        var parsed = new List<string>();
        foreach (var value in values)
        {
            if (SnakeCase.TryParse<AlertChannel>(value, out var channel))
            {
                parsed.Add(SnakeCase.Of(channel));
            }
            else
            {
                errors.Add("channels", $"'{value}' is not one of {SnakeCase.Names<AlertChannel>()}.");
            }
        }

        return parsed.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[]? Lowered(string[]? values) =>
        values is { Length: > 0 } ? values.Select(v => v.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray() : null;
}
