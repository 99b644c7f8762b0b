using Marketplace.Web.Gateway;

namespace Marketplace.Web.Api.Seek;

/// <summary>The job seeker's calls through the gateway, typed.</summary>
public static class SeekerCalls
{
    public static Task<ApiResult<PagedList<JobSearchHit>>> SearchJobsAsync(this GatewayClient gateway, JobSearchFilter filter, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<PagedList<JobSearchHit>>(filter.ToPath(), cancellationToken);

    public static Task<ApiResult<JobListing>> GetJobAsync(this GatewayClient gateway, Guid id, string source, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<JobListing>($"/api/v1/jobs/{id}?source={Uri.EscapeDataString(source)}", cancellationToken);

    public static Task<ApiResult<List<ScreeningQuestion>>> ScreeningQuestionsAsync(this GatewayClient gateway, Guid id, CancellationToken cancellationToken = default) =>
        gateway.GetAsync<List<ScreeningQuestion>>($"/api/v1/jobs/{id}/screening-questions", cancellationToken);

    public static Task<ApiResult<SubmittedApplication>> ApplyAsync(this GatewayClient gateway, Guid id, ApplyRequest request, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<SubmittedApplication>($"/api/v1/jobs/{id}/apply", request, cancellationToken);

    public static Task<ApiResult<System.Text.Json.JsonElement>> SaveJobAsync(this GatewayClient gateway, Guid id, string? notes, CancellationToken cancellationToken = default) =>
        gateway.PostAsync<System.Text.Json.JsonElement>("/api/v1/saved-jobs", new SaveJobRequest(id, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim()), cancellationToken);

    /// <summary>
    /// The seeker's match with each listed job. Matching has no batch for arbitrary jobs (recommendations only list those
    /// above its threshold), so this asks once per visible card, concurrently — a page is at most
    /// <see cref="JobSearchFilter.PageSize"/> cards — and only after one call proved the seeker has a profile.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, MyMatch>> MyMatchesAsync(this GatewayClient gateway, IEnumerable<Guid> jobIds, CancellationToken cancellationToken = default)
    {
        var profile = await gateway.GetAsync<System.Text.Json.JsonElement>("/api/v1/profiles/me", cancellationToken);
        if (!profile.Succeeded)
        {
            return new Dictionary<Guid, MyMatch>();
        }

        var calls = jobIds.Distinct().Select(id => gateway.GetAsync<MyMatch>($"/api/v1/matches/me/{id}", cancellationToken)).ToList();
        var results = await Task.WhenAll(calls);
        return results.Where(r => r.Succeeded && r.Value is not null).ToDictionary(r => r.Value!.JobId, r => r.Value!);
    }
}
