using Marketplace.EmergencyDispatch.Api.Data;

namespace Marketplace.EmergencyDispatch.Api.Domain;

/// <summary>
/// Issue #12's qualification filter: who may be told of an emergency job. A technician qualifies when they are
/// active, available for emergencies and want emergency notices, are on call now in their own time zone, the job is
/// within their own service radius unless they are willing to travel (the job's radius, which bounds everyone, is
/// applied by the GEO search), they have the trade and every required certification unexpired on the day needed, and
/// the pay meets their minimum rate in the same currency. Each rule answers why not, so tests can exclude one
/// criterion at a time. The job's visibility is not here: the candidate query enforces it in SQL
/// (<c>emergency_job_visible</c>), the same rule every read path uses.
/// </summary>
public static class TechnicianQualification
{
    public static string? WhyNot(JobRequirements job, TechnicianRow technician, double distanceMiles, DateTimeOffset now)
    {
        if (!technician.IsActive)
        {
            return "inactive";
        }

        if (!technician.AvailableForEmergency)
        {
            return "not_available_for_emergency";
        }

        if (!technician.NotifyEmergency)
        {
            return "emergency_notifications_off";
        }

        if (!AvailabilityWindow.IsOpen(now, technician.Timezone, technician.AvailableDays,
                technician.AvailableHoursStart, technician.AvailableHoursEnd))
        {
            return "off_hours";
        }

        if (distanceMiles > technician.ServiceRadiusMiles && !technician.WillingToTravel)
        {
            return "outside_service_radius";
        }

        if (!technician.Trades.Contains(job.JobCategory, StringComparer.OrdinalIgnoreCase))
        {
            return "trade";
        }

        // Parsed only when the job asks for certifications: a broadcast qualifies thousands of rows.
        var certifications = job.RequiredCertifications.Count == 0 ? [] : technician.CertificationList();
        foreach (var required in job.RequiredCertifications)
        {
            if (!certifications.Any(c => string.Equals(c.Name, required, StringComparison.OrdinalIgnoreCase)
                                         && (c.ExpiresOn is not { } expires || expires >= job.DateNeeded)))
            {
                return "certification";
            }
        }

        var minimum = job.PayType == PayType.Hourly ? technician.MinHourlyRate : technician.MinDailyRate;
        if (minimum is { } min && (job.PayRate < min || !string.Equals(job.Currency, technician.Currency, StringComparison.OrdinalIgnoreCase)))
        {
            return "pay_below_minimum";
        }

        return null;
    }
}
