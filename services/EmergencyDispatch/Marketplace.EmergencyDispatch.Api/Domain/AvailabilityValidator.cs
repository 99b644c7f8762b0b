using System.Text.Json;
using Marketplace.EmergencyDispatch.Api.Apis;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Checks a PUT availability/me body and resolves it into what is stored; every fault names its field.</summary>
public static class AvailabilityValidator
{
    public static (AvailabilityWrite? Write, ValidationErrors Errors) Validate(AvailabilityRequest request, Func<UsGeocoder> geocoder)
    {
        var errors = new ValidationErrors();
        var days = new List<string>();
        errors.Check((request.AvailableDays?.Count ?? 0) <= 7 * 4, "available_days", "available_days has at most 28 items.");
        for (var i = 0; i < Math.Min(request.AvailableDays?.Count ?? 0, 7 * 4); i++)
        {
            if (Weekdays.Normalize(request.AvailableDays![i]) is { } day)
            {
                days.Add(day);
            }
            else
            {
                errors.Add($"available_days[{i}]", "Days are mon, tue, wed, thu, fri, sat, sun (or their full names).");
            }
        }

        var start = ParseTime(errors, "available_hours_start", request.AvailableHoursStart);
        var end = ParseTime(errors, "available_hours_end", request.AvailableHoursEnd);
        errors.Check((start is null) == (end is null), start is null ? "available_hours_start" : "available_hours_end",
            "available_hours_start and available_hours_end are given together.");

        errors.Text("timezone", request.Timezone, 64, required: true);
        if (request.Timezone is { } tz && tz.Trim().Length > 0)
        {
            errors.Check(Clock.Zone(tz) is not null, "timezone", "timezone is an IANA time zone such as America/Chicago.");
        }

        errors.Range("service_radius_miles", request.ServiceRadiusMiles, 0.1, Limits.MaxServiceRadiusMiles, required: true);
        errors.Range("home_latitude", request.HomeLatitude, -90, 90);
        errors.Range("home_longitude", request.HomeLongitude, -180, 180);
        errors.Text("postal_code", request.PostalCode, 10);
        double? latitude = request.HomeLatitude, longitude = request.HomeLongitude;
        if (latitude is null != longitude is null)
        {
            errors.Add(latitude is null ? "home_latitude" : "home_longitude", "home_latitude and home_longitude are given together.");
        }
        else if (latitude is null)
        {
            if (string.IsNullOrWhiteSpace(request.PostalCode))
            {
                errors.Add("home_latitude", "A home location is required: home_latitude and home_longitude, or postal_code.");
            }
            else if (!request.PostalCode.Contains('\0', StringComparison.Ordinal) && request.PostalCode.Length <= 10)
            {
                var point = geocoder().ByPostalCode(request.PostalCode);
                errors.Check(point is not null, "postal_code", "postal_code is not a known US postal code.");
                latitude = point?.Latitude;
                longitude = point?.Longitude;
            }
        }

        Rate(errors, "min_hourly_rate", request.MinHourlyRate);
        Rate(errors, "min_daily_rate", request.MinDailyRate);
        var currency = request.Currency is null ? "USD" : Currency.Normalize(request.Currency);
        errors.Check(currency is not null, "currency", "currency is a three-letter ISO 4217 code.");

        var trades = new List<string>();
        for (var i = 0; i < Math.Min(request.Trades?.Count ?? 0, Limits.MaxListItems); i++)
        {
            if (SnakeCase.TryParse<JobCategory>(request.Trades![i], out var trade))
            {
                trades.Add(SnakeCase.Of(trade));
            }
            else
            {
                errors.Add($"trades[{i}]", $"Trades are one of: {SnakeCase.Names<JobCategory>()}.");
            }
        }

        errors.Check((request.Trades?.Count ?? 0) <= Limits.MaxListItems, "trades", $"trades has at most {Limits.MaxListItems} items.");
        errors.List("skills", request.Skills, Limits.MaxListItems, Limits.MaxItemLength);
        errors.List("equipment_experience", request.EquipmentExperience, Limits.MaxListItems, Limits.MaxItemLength);
        errors.List("manufacturers", request.Manufacturers, Limits.MaxListItems, Limits.MaxItemLength);
        var certifications = new List<Certification>();
        errors.Check((request.Certifications?.Count ?? 0) <= Limits.MaxListItems, "certifications", $"certifications has at most {Limits.MaxListItems} items.");
        for (var i = 0; i < Math.Min(request.Certifications?.Count ?? 0, Limits.MaxListItems); i++)
        {
            var c = request.Certifications![i];
            if (c is null)
            {
                errors.Add($"certifications[{i}]", "A certification has a name.");
                continue;
            }

            errors.Text($"certifications[{i}].name", c.Name, Limits.MaxItemLength, required: true);
            if (!string.IsNullOrWhiteSpace(c.Name))
            {
                certifications.Add(new Certification(c.Name.Trim(), c.ExpiresOn));
            }
        }

        var method = NotificationMethod.Push;
        errors.Check(request.NotificationMethod is null || SnakeCase.TryParse(request.NotificationMethod, out method),
            "notification_method", $"notification_method is one of: {SnakeCase.Names<NotificationMethod>()}.");

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        return (new AvailabilityWrite(
            request.AvailableForEmergency ?? false,
            request.AvailableForTemp ?? false,
            request.AvailableForSubcontract ?? false,
            days.Distinct().ToArray(),
            start?.ToTimeSpan(),
            end?.ToTimeSpan(),
            request.Timezone!.Trim(),
            request.ServiceRadiusMiles!.Value,
            latitude!.Value,
            longitude!.Value,
            request.PostalCode?.Trim(),
            request.WillingToTravel ?? false,
            request.MinHourlyRate,
            request.MinDailyRate,
            currency!,
            trades.Distinct().ToArray(),
            Clean(request.Skills),
            JsonSerializer.Serialize(certifications, CertificationJson.Options),
            Clean(request.EquipmentExperience),
            Clean(request.Manufacturers),
            request.NotifyEmergency ?? true,
            request.NotifyTemp ?? true,
            request.NotifySubcontract ?? true,
            SnakeCase.Of(method),
            request.IsActive ?? true), errors);
    }

    internal static TimeOnly? ParseTime(ValidationErrors errors, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (Clock.TryParseTime(text, out var time))
        {
            return time;
        }

        errors.Add(field, $"{field} is a time of day such as 08:00.");
        return null;
    }

    internal static void Rate(ValidationErrors errors, string field, decimal? value) =>
        errors.Check(value is not { } v || (v > 0 && v <= Limits.MaxRate), field, $"{field} must be greater than 0 and at most {Limits.MaxRate}.");

    internal static string[] Clean(IReadOnlyList<string?>? items) =>
        (items ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
