using Marketplace.EmergencyDispatch.Api.Apis;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.ReferenceData;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>Checks a POST emergency-jobs body (coordinates, times, pay, radius) and resolves the site; faults name their field.</summary>
public static class JobValidator
{
    public static (JobWrite? Write, ValidationErrors Errors) Validate(
        EmergencyJobRequest request, Caller caller, DateTimeOffset now, Func<UsGeocoder> geocoder)
    {
        var errors = new ValidationErrors();
        errors.Text("title", request.Title, 200, required: true, min: 3);
        errors.Text("description", request.Description, 5000);
        errors.Text("site_name", request.SiteName, 200);
        errors.Text("address", request.Address, 300);
        errors.Text("city", request.City, 100);
        errors.Text("state_province", request.StateProvince, 100);
        errors.Text("country", request.Country, 2, min: 2);
        errors.Text("postal_code", request.PostalCode, 10);
        errors.Text("equipment_context", request.EquipmentContext, 1000);
        errors.Text("region", request.Region, 100);

        var category = default(JobCategory);
        errors.Check(request.JobCategory is not null && SnakeCase.TryParse(request.JobCategory, out category),
            "job_category", $"job_category is one of: {SnakeCase.Names<JobCategory>()}.");

        errors.Range("latitude", request.Latitude, -90, 90);
        errors.Range("longitude", request.Longitude, -180, 180);
        double? latitude = request.Latitude, longitude = request.Longitude;
        if (latitude is null != longitude is null)
        {
            errors.Add(latitude is null ? "latitude" : "longitude", "latitude and longitude are given together.");
        }
        else if (latitude is null && errors.IsEmpty)
        {
            var point = geocoder().Resolve(request.PostalCode, request.City, request.StateProvince);
            errors.Check(point is not null, "latitude", "The site needs latitude and longitude, or a known US postal_code or city.");
            latitude = point?.Latitude;
            longitude = point?.Longitude;
        }

        errors.Check(request.DateNeeded is not null, "date_needed", "date_needed is required.");
        errors.Check(request.DateNeeded is not { } d || d >= DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1),
            "date_needed", "date_needed is today or later.");
        var start = AvailabilityValidator.ParseTime(errors, "time_start", request.TimeStart);
        var end = AvailabilityValidator.ParseTime(errors, "time_end", request.TimeEnd);
        errors.Check(start is null || end is null || end > start, "time_end", "time_end is after time_start.");
        errors.Check(request.EstimatedHours is not { } h || (h > 0 && h <= 24), "estimated_hours", "estimated_hours is greater than 0 and at most 24.");

        errors.List("required_skills", request.RequiredSkills, Limits.MaxListItems, Limits.MaxItemLength);
        errors.List("required_certifications", request.RequiredCertifications, Limits.MaxListItems, Limits.MaxItemLength);

        errors.Check(request.PayRate is not null, "pay_rate", "pay_rate is required.");
        AvailabilityValidator.Rate(errors, "pay_rate", request.PayRate);
        AvailabilityValidator.Rate(errors, "overtime_rate", request.OvertimeRate);
        var payType = PayType.Hourly;
        errors.Check(request.PayType is null || SnakeCase.TryParse(request.PayType, out payType),
            "pay_type", $"pay_type is one of: {SnakeCase.Names<PayType>()}.");
        var currency = request.Currency is null ? "USD" : Currency.Normalize(request.Currency);
        errors.Check(currency is not null, "currency", "currency is a three-letter ISO 4217 code.");

        errors.Range("broadcast_radius_miles", request.BroadcastRadiusMiles, 0.1, Limits.MaxBroadcastRadiusMiles);
        var visibility = JobVisibility.Global;
        errors.Check(request.Visibility is null || SnakeCase.TryParse(request.Visibility, out visibility),
            "visibility", $"visibility is one of: {SnakeCase.Names<JobVisibility>()}.");
        var region = string.IsNullOrWhiteSpace(request.Region) ? caller.Region : request.Region.Trim();
        errors.Check(visibility != JobVisibility.Regional || region is not null, "region", "A regional job needs a region.");
        // A network job reaches the contractor networks of the poster's organization, as their token names them.
        errors.Check(visibility != JobVisibility.Network || caller.NetworkIds.Count > 0, "visibility",
            "A network job needs contractor networks: the poster's token has no network_ids.");

        var expiresAt = request.ExpiresAt ?? now + Limits.DefaultLifetime;
        errors.Check(expiresAt > now && expiresAt <= now + Limits.MaxLifetime, "expires_at", "expires_at is in the future and at most 7 days away.");

        var radius = request.BroadcastRadiusMiles ?? 25;
        var escalation = request.Escalation;
        if (escalation is not null)
        {
            errors.Check(escalation.FirstWaveSize is { } size && size >= 1 && size <= Limits.MaxFirstWaveSize,
                "escalation.first_wave_size", $"escalation.first_wave_size is 1 to {Limits.MaxFirstWaveSize}.");
            errors.Range("escalation.max_radius_miles", escalation.MaxRadiusMiles, 0.1, Limits.MaxEscalationRadiusMiles);
            errors.Check(escalation.MaxRadiusMiles is not { } max || max >= radius, "escalation.max_radius_miles",
                "escalation.max_radius_miles is at least broadcast_radius_miles.");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        return (new JobWrite(
            request.Title!.Trim(), request.Description?.Trim(), SnakeCase.Of(category), request.SiteName?.Trim(), request.Address?.Trim(),
            request.City?.Trim(), request.StateProvince?.Trim(), request.Country?.Trim().ToUpperInvariant(), request.PostalCode?.Trim(),
            latitude!.Value, longitude!.Value, region, request.DateNeeded!.Value, start?.ToTimeSpan(), end?.ToTimeSpan(),
            request.EstimatedHours, AvailabilityValidator.Clean(request.RequiredSkills), AvailabilityValidator.Clean(request.RequiredCertifications),
            request.EquipmentContext?.Trim(), request.PayRate!.Value, SnakeCase.Of(payType), currency!, request.OvertimeRate, radius,
            SnakeCase.Of(visibility), visibility == JobVisibility.Network ? [.. caller.NetworkIds] : [], request.FirstAccept ?? false, escalation?.FirstWaveSize,
            escalation?.MaxRadiusMiles ?? radius, expiresAt), errors);
    }
}
