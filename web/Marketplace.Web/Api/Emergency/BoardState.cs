using System.Text.Json;
using Marketplace.ServiceDefaults.Http;

namespace Marketplace.Web.Api.Emergency;

/// <summary>
/// A technician's board: the open jobs near them (nearest first, then the ones that arrived live, newest on top) and
/// the banner for the last job that arrived live. The live board's messages (new_emergency_job,
/// emergency_job_filled / _cancelled / _expired) change the state; anything else is ignored. Not thread-safe: the
/// component applies messages on its renderer (InvokeAsync).
/// </summary>
public sealed class BoardState
{
    public const string NewJob = "new_emergency_job";
    public const string Filled = "emergency_job_filled";
    public const string Cancelled = "emergency_job_cancelled";
    public const string Expired = "emergency_job_expired";

    private readonly List<BoardJob> jobs = [];

    /// <summary>The board's jobs, open first; a job that ended stays listed with its status until the next load.</summary>
    public IReadOnlyList<BoardJob> Jobs => jobs;

    /// <summary>The last job that arrived live (without a reload), with its current status; null until one does.</summary>
    public BoardJob? Banner { get; private set; }

    public BoardConnectionState Connection { get; set; } = BoardConnectionState.Connecting;

    /// <summary>Replaces the list with what the nearby search found, keeping what this technician already answered.</summary>
    public void Load(IEnumerable<EmergencyJob> nearby)
    {
        var answered = jobs.Where(j => j.Answered is not null).ToDictionary(j => j.Id, j => j.Answered);
        var kept = jobs.Where(j => j.DistanceMiles is null || j.Answered is not null).ToList();
        jobs.Clear();
        foreach (var job in nearby)
        {
            jobs.Add(BoardJob.From(job) with { Answered = answered.GetValueOrDefault(job.Id) });
        }

        // A job that arrived live (it may be outside the search: another trade, a wider broadcast) or that this technician
        // answered stays on the board with its status, even once it is filled.
        jobs.InsertRange(0, kept.Where(k => jobs.All(j => j.Id != k.Id)));
    }

    /// <summary>Applies one WebSocket message; true when the board changed.</summary>
    public bool Apply(string message)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(message).RootElement;
        }
        catch (JsonException)
        {
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement)
            || !root.TryGetProperty("job", out var jobElement) || jobElement.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        BoardJob? job;
        try
        {
            job = jobElement.Deserialize<BoardJob>(HttpConventions.JsonOptions);
        }
        catch (JsonException)
        {
            return false;
        }

        if (job is null || job.Id == Guid.Empty)
        {
            return false;
        }

        switch (typeElement.GetString())
        {
            case NewJob:
                var existing = jobs.FindIndex(j => j.Id == job.Id);
                if (existing >= 0)
                {
                    jobs[existing] = job with { DistanceMiles = jobs[existing].DistanceMiles, Answered = jobs[existing].Answered };
                }
                else
                {
                    jobs.Insert(0, job);
                }

                Banner = job;
                return true;
            case Filled:
                return End(job.Id, "filled");
            case Cancelled:
                return End(job.Id, "cancelled");
            case Expired:
                return End(job.Id, "expired");
            default:
                return false;
        }
    }

    /// <summary>Records this technician's answer on the job (shown instead of the answer form).</summary>
    public void Answer(Guid jobId, TechnicianAnswer answer, string jobStatus)
    {
        var index = jobs.FindIndex(j => j.Id == jobId);
        if (index >= 0)
        {
            jobs[index] = jobs[index] with { Answered = answer, Status = jobStatus };
        }

        if (Banner?.Id == jobId)
        {
            Banner = Banner with { Answered = answer, Status = jobStatus };
        }
    }

    private bool End(Guid jobId, string status)
    {
        var changed = false;
        var index = jobs.FindIndex(j => j.Id == jobId);
        if (index >= 0)
        {
            jobs[index] = jobs[index] with { Status = status };
            changed = true;
        }

        if (Banner?.Id == jobId)
        {
            Banner = Banner with { Status = status };
            changed = true;
        }

        return changed;
    }
}
