using Marketplace.Listings.Api.Apis;

namespace Marketplace.Listings.Api.Domain;

/// <summary>The rules of issue 3 for a listing body; each failure names the snake_case field at fault.</summary>
public static class ListingValidator
{
    private const int MaxListItems = 50;
    private const int MaxItemLength = 100;

    public static Dictionary<string, string[]> Validate(JobListingRequest r, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Length("title", r.Title, 5, 200, required: true);
        errors.Length("description", r.Description, 100, 20_000, required: true);
        errors.Required("job_category", r.JobCategory);
        errors.Required("job_type", r.JobType);
        ValidateCascade(errors, r.Visibility ?? ListingVisibility.Global, r.VisibilityCascade);

        foreach (var (name, list) in new[]
        {
            ("required_certifications", r.RequiredCertifications), ("preferred_certifications", r.PreferredCertifications),
            ("required_skills", r.RequiredSkills), ("preferred_skills", r.PreferredSkills), ("required_licenses", r.RequiredLicenses),
            ("manufacturer_experience", r.ManufacturerExperience), ("equipment_types", r.EquipmentTypes), ("match_keywords", r.MatchKeywords),
        })
        {
            errors.List(name, list, MaxListItems, MaxItemLength);
        }

        errors.Length("address", r.Address, 1, 300);
        errors.Length("city", r.City, 1, 100);
        errors.Length("state_province", r.StateProvince, 1, 100);
        errors.Length("country", r.Country, 2, 100);
        errors.Length("postal_code", r.PostalCode, 3, 12);
        errors.Range("latitude", r.Latitude, -90, 90);
        errors.Range("longitude", r.Longitude, -180, 180);
        errors.Check(r.Latitude is null == r.Longitude is null, r.Latitude is null ? "latitude" : "longitude",
            "latitude and longitude are given together.");
        errors.Range("travel_percentage", r.TravelPercentage, 0, 100);

        errors.Range("salary_min", r.SalaryMin, 0, 100_000_000m);
        errors.Range("salary_max", r.SalaryMax, 0, 100_000_000m);
        errors.Check(r.SalaryMin is null || r.SalaryMax is null || r.SalaryMin <= r.SalaryMax, "salary_min",
            "salary_min must not exceed salary_max.");
        errors.Check(r.SalaryMin is null && r.SalaryMax is null || r.CompensationType is not null, "compensation_type",
            "compensation_type is required when a salary is given.");
        errors.Check(r.Currency is null || r.Currency.Length == 3 && r.Currency.All(char.IsAsciiLetterUpper), "currency",
            "currency is an ISO 4217 code such as USD.");

        errors.Range("hours_per_week", r.HoursPerWeek, 1, 168);
        errors.Length("shift", r.Shift, 1, 100);
        errors.Check(r.StartDate is null || r.EndDate is null || r.StartDate <= r.EndDate, "end_date",
            "end_date must not be before start_date.");
        errors.Range("duration_weeks", r.DurationWeeks, 1, 520);
        errors.Check(r.ApplicationDeadline is null || r.ApplicationDeadline > now, "application_deadline",
            "application_deadline must be in the future.");
        errors.Check(r.ExpiresAt is null || r.ExpiresAt > now, "expires_at", "expires_at must be in the future.");

        errors.Range("positions_available", r.PositionsAvailable, 1, 10_000);

        errors.Length("contact_name", r.ContactName, 1, 200);
        errors.Length("organization_name", r.OrganizationName, 1, 200);
        errors.Length("contact_phone", r.ContactPhone, 3, 40);
        errors.Check(r.ContactEmail is null || r.ContactEmail.Length <= 254 && r.ContactEmail.IndexOf('@') is > 0 and var at
            && at < r.ContactEmail.Length - 1, "contact_email", "contact_email is not an e-mail address.");
        return errors.ToDictionary();
    }

    // A cascade only ever widens what the listing started with, step by step, at increasing times.
    private static void ValidateCascade(ValidationErrors errors, ListingVisibility initial, IReadOnlyList<VisibilityStep>? steps)
    {
        if (steps is null)
        {
            return;
        }

        errors.Check(steps.Count <= 4, "visibility_cascade", "A cascade has at most four steps.");
        var previous = (Visibility: initial, After: 0d);
        for (var i = 0; i < steps.Count && i < 4; i++)
        {
            var field = $"visibility_cascade[{i}]";
            if (steps[i].Visibility is not { } visibility || steps[i].AfterHours is not { } after)
            {
                errors.Add(field, "Each step has a visibility and after_hours.");
                return;
            }

            errors.Check(after > previous.After && after <= 24 * 365, $"{field}.after_hours",
                "after_hours is positive, at most a year, and increases from step to step.");
            errors.Check(visibility > previous.Visibility, $"{field}.visibility",
                "Each step widens the visibility before it (internal → network → regional → industry → global).");
            previous = (visibility, after);
        }
    }
}
