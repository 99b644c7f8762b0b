namespace Marketplace.Web.Api.Emergency;

/// <summary>
/// One job on a technician's board, from the nearby list or from the live board's message ({"type":...,"job":{...}}).
/// <see cref="Answered"/> is what this technician said (null before they answer).
/// </summary>
public sealed record BoardJob(
    Guid Id,
    string Title,
    string JobCategory,
    string? SiteName,
    string? City,
    string? StateProvince,
    decimal PayRate,
    string PayType,
    string Currency,
    string? EquipmentContext,
    string Status,
    DateTimeOffset PostedAt,
    double? DistanceMiles = null,
    TechnicianAnswer? Answered = null)
{
    public bool IsOpen => Status == "open";

    public string Place => string.Join(", ", new[] { SiteName, City, StateProvince }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public string Pay => $"{PayRate:0.##} {Currency}" + (PayType == "hourly" ? " / hour" : " flat");

    public static BoardJob From(EmergencyJob job) => new(job.Id, job.Title, job.JobCategory, job.SiteName, job.City, job.StateProvince,
        job.PayRate, job.PayType, job.Currency, job.EquipmentContext, job.Status, job.PostedAt, job.DistanceMiles);
}
