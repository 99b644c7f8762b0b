using System.Text.Json;
using Marketplace.EmergencyDispatch.Api.Data;
using Marketplace.EmergencyDispatch.Api.Domain;
using Marketplace.EmergencyDispatch.Api.Realtime;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.EmergencyDispatch.Api.Broadcast;

/// <summary>
/// The WebSocket messages: {"type":"new_emergency_job"|"emergency_job_filled"|"emergency_job_cancelled"|
/// "emergency_job_expired","job":{...}}, serialized once and sent as is to every connection that should see it.
/// </summary>
public static class BoardPayloads
{
    public const string NewJob = "new_emergency_job";
    public const string Filled = "emergency_job_filled";
    public const string Cancelled = "emergency_job_cancelled";
    public const string Expired = "emergency_job_expired";

    public static BoardMessage For(string type, EmergencyJobRow job, IReadOnlyList<Guid> recipients)
    {
        var payload = JsonSerializer.Serialize(new
        {
            Type = type,
            Job = new
            {
                job.Id, job.Title, job.JobCategory, job.SiteName, job.City, job.StateProvince, job.Latitude, job.Longitude,
                job.Region, job.DateNeeded, job.PayRate, job.PayType, job.Currency, job.EquipmentContext, job.Status,
                job.PostedAt, job.ExpiresAt,
            },
        }, HttpConventions.JsonOptions);
        return new BoardMessage(type, job.Id, job.Region, recipients, payload,
            new JobAudience(job.Visibility, job.OrganizationId, job.NetworkIds, job.Region, job.JobCategory));
    }
}
