using System.Text.Json;
using Marketplace.Matching.Api.Apis;
using Marketplace.Matching.Api.Data;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.Matching.Api.Domain;

/// <summary>
/// Turns a profile or candidate request into what is stored, or into field errors: every text bounded and free of
/// NUL characters, every list bounded with no null or blank items, enum-like values from their sets, coordinates
/// in range and in pairs, a location geocoded offline when no coordinates are given, free-text pay parsed.
/// </summary>
public static class ProfileValidator
{
    public static readonly string[] PayTypes = ["hourly", "salary", "day_rate"];
    public static readonly string[] Channels = ["email", "sms", "push", "none"];
    public static readonly string[] Statuses = ["pending_review", "approved", "rejected", "ready_for_assignment"];

    public static (ProfileWrite? Write, Dictionary<string, string[]> Errors) From(ProfileRequest r, Func<UsGeocoder?> geocoder)
    {
        var errors = new ValidationErrors();
        Common(errors, r.CurrentTitle, r.Summary, r.Skills, r.Certifications, r.YearsExperience, "years_experience",
            r.City, r.StateProvince, r.Country, r.PostalCode, r.Latitude, r.Longitude, r.PreferredRoles, r.PreferredLocations, r.ExpectedPayText, "expected_pay_text");
        errors.List("licenses", r.Licenses, 50, 200);
        errors.List("manufacturers", r.Manufacturers, 50, 100);
        errors.List("equipment", r.Equipment, 50, 100);
        errors.List("job_types", r.JobTypes, 10, 50);
        errors.Range("service_radius_miles", r.ServiceRadiusMiles, 0, 5000);
        errors.Range("expected_pay_min", r.ExpectedPayMin, 0m, 10_000_000m);
        errors.Range("expected_pay_max", r.ExpectedPayMax, 0m, 10_000_000m);
        errors.Check(r.ExpectedPayMin is null || r.ExpectedPayMax is null || r.ExpectedPayMin <= r.ExpectedPayMax, "expected_pay_max", "expected_pay_max must be at least expected_pay_min.");
        errors.Check(r.ExpectedPayType is null || PayTypes.Contains(r.ExpectedPayType), "expected_pay_type", $"expected_pay_type is one of {string.Join(", ", PayTypes)}.");
        errors.Check(r.NotificationChannel is null || Channels.Contains(r.NotificationChannel), "notification_channel", $"notification_channel is one of {string.Join(", ", Channels)}.");
        if (!errors.IsEmpty)
        {
            return (null, errors.ToDictionary());
        }

        var pay = r.ExpectedPayMin is not null || r.ExpectedPayMax is not null
            ? new PayExpectation(r.ExpectedPayMin ?? r.ExpectedPayMax, r.ExpectedPayMax ?? r.ExpectedPayMin, r.ExpectedPayType ?? "salary")
            : PayExpectation.Parse(r.ExpectedPayText);
        var (lat, lon) = Locate(r.Latitude, r.Longitude, r.PostalCode, r.City, r.StateProvince, geocoder);
        return (new ProfileWrite
        {
            CurrentTitle = Clean(r.CurrentTitle),
            Summary = Clean(r.Summary),
            Skills = Items(r.Skills),
            CertificationsJson = Certifications(r.Certifications),
            Licenses = Items(r.Licenses),
            Manufacturers = Items(r.Manufacturers),
            Equipment = Items(r.Equipment),
            YearsExperience = r.YearsExperience,
            City = Clean(r.City),
            StateProvince = Clean(r.StateProvince),
            Country = Clean(r.Country),
            PostalCode = Clean(r.PostalCode),
            Latitude = lat,
            Longitude = lon,
            ServiceRadiusMiles = r.ServiceRadiusMiles,
            WillingToTravel = r.WillingToTravel ?? false,
            WillingToRelocate = r.WillingToRelocate ?? false,
            PayMin = pay?.Min,
            PayMax = pay?.Max,
            PayType = pay?.Type,
            PayText = Clean(r.ExpectedPayText),
            PreferredRoles = Items(r.PreferredRoles),
            PreferredLocations = Items(r.PreferredLocations),
            JobTypes = Items(r.JobTypes),
            Discoverable = r.Discoverable ?? false,
            NotificationChannel = r.NotificationChannel ?? "email",
        }, []);
    }

    public static (ProfileWrite? Write, Dictionary<string, string[]> Errors) From(CandidateRequest r, Func<UsGeocoder?> geocoder)
    {
        var errors = new ValidationErrors();
        errors.Length("first_name", r.FirstName, 1, 100, required: true);
        errors.Length("last_name", r.LastName, 1, 100, required: true);
        errors.Length("email", r.Email, 3, 254);
        errors.Check(r.Email is null || r.Email.Contains('@', StringComparison.Ordinal), "email", "email must be an e-mail address.");
        errors.Length("phone", r.Phone, 3, 40);
        Common(errors, r.CurrentTitle, r.Summary, r.Skills, r.Certifications, r.TotalExperience, "total_experience",
            r.City, r.StateProvince, r.Country, r.PostalCode, r.Latitude, r.Longitude, r.PreferredRoles, r.PreferredLocations, r.ExpectedSalaryText, "expected_salary_text");
        errors.Check(r.Status is null || Statuses.Contains(r.Status), "status", $"status is one of {string.Join(", ", Statuses)}.");
        if (!errors.IsEmpty)
        {
            return (null, errors.ToDictionary());
        }

        var pay = PayExpectation.Parse(r.ExpectedSalaryText);
        var (lat, lon) = Locate(r.Latitude, r.Longitude, r.PostalCode, r.City, r.StateProvince, geocoder);
        return (new ProfileWrite
        {
            FirstName = Clean(r.FirstName),
            LastName = Clean(r.LastName),
            Email = Clean(r.Email),
            Phone = Clean(r.Phone),
            CurrentTitle = Clean(r.CurrentTitle),
            Summary = Clean(r.Summary),
            Skills = Items(r.Skills),
            CertificationsJson = Certifications(r.Certifications),
            YearsExperience = r.TotalExperience,
            City = Clean(r.City),
            StateProvince = Clean(r.StateProvince),
            Country = Clean(r.Country),
            PostalCode = Clean(r.PostalCode),
            Latitude = lat,
            Longitude = lon,
            PayMin = pay?.Min,
            PayMax = pay?.Max,
            PayType = pay?.Type,
            PayText = Clean(r.ExpectedSalaryText),
            PreferredRoles = Items(r.PreferredRoles),
            PreferredLocations = Items(r.PreferredLocations),
            Status = r.Status ?? "pending_review",
            NotificationChannel = "none",
        }, []);
    }

    private static void Common(
        ValidationErrors errors, string? title, string? summary, IReadOnlyList<string?>? skills, IReadOnlyList<CertificationRequest?>? certifications,
        decimal? years, string yearsField, string? city, string? state, string? country, string? postal, double? lat, double? lon,
        IReadOnlyList<string?>? roles, IReadOnlyList<string?>? locations, string? payText, string payField)
    {
        errors.Length("current_title", title, 1, 200);
        errors.Length("summary", summary, 0, 5000);
        errors.List("skills", skills, 100, 100);
        errors.List("preferred_roles", roles, 10, 200);
        errors.List("preferred_locations", locations, 20, 200);
        errors.Range(yearsField, years, 0m, 80m);
        errors.Length("city", city, 1, 100);
        errors.Length("state_province", state, 1, 100);
        errors.Length("country", country, 2, 100);
        errors.Length("postal_code", postal, 2, 20);
        errors.Length(payField, payText, 1, 200);
        errors.Range("latitude", lat, -90d, 90d);
        errors.Range("longitude", lon, -180d, 180d);
        errors.Check((lat is null) == (lon is null), lat is null ? "latitude" : "longitude", "latitude and longitude are given together.");
        if (certifications is null)
        {
            return;
        }

        errors.Check(certifications.Count <= 50, "certifications", "certifications has at most 50 items.");
        for (var i = 0; i < certifications.Count && i < 50; i++)
        {
            if (certifications[i] is not { } c)
            {
                errors.Add($"certifications[{i}]", "A certification is an object.");
                continue;
            }

            errors.Length($"certifications[{i}].name", c.Name, 1, 200, required: true);
            errors.Length($"certifications[{i}].issuer", c.Issuer, 1, 200);
            errors.Length($"certifications[{i}].number", c.Number, 1, 100);
        }
    }

    private static (double? Lat, double? Lon) Locate(double? lat, double? lon, string? postal, string? city, string? state, Func<UsGeocoder?> geocoder)
    {
        if (lat is not null && lon is not null)
        {
            return (lat, lon);
        }

        if (postal is null && city is null)
        {
            return (null, null);
        }

        var point = geocoder()?.Resolve(postal, city, state);
        return (point?.Latitude, point?.Longitude);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] Items(IReadOnlyList<string?>? items) =>
        items is null ? [] : items.OfType<string>().Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static string Certifications(IReadOnlyList<CertificationRequest?>? items) =>
        JsonSerializer.Serialize(
            (items ?? []).OfType<CertificationRequest>().Select(c => new Certification(c.Name!.Trim(), c.Issuer?.Trim(), c.Number?.Trim(), c.ExpiresOn)).ToList(),
            CertificationJson.Options);
}
