using System.Text.Json;
using Dapper;
using Marketplace.Applications.Api.Data;
using Marketplace.Applications.Api.Domain;
using Marketplace.Contracts.Applications;
using Marketplace.ServiceDefaults.Identity;
using Marketplace.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Marketplace.Applications.Api.Apis;

/// <summary>
/// Applying to a listing (issue 10): visible to the caller (in SQL on the read model) else 404; active and before its
/// deadline else 409; one application per person and job (unique key) else 409; the applicant snapshot frozen.
/// </summary>
public static class ApplyApi
{
    public static IEndpointRouteBuilder MapApplyApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/jobs/{job_id:guid}/apply", ApplyAsync)
            .RequireAuthorization(Policies.SignedIn)
            .WithTags("Applications").WithName("ApplyToJob").WithSummary("Apply to a visible, active listing");
        return app;
    }

    public static async Task<Results<Created<ApplicationResponse>, ValidationProblem, NotFound, ProblemHttpResult>> ApplyAsync(
        [FromRoute(Name = "job_id")] Guid jobId, ApplyRequest request, Caller caller, [AsParameters] ApplicationServices services,
        CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = services.Time.GetUtcNow();
        await using var connection = await services.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var parameters = new DynamicParameters(VisibilityFilter.Parameters(caller));
        parameters.Add("JobId", jobId);
        var listing = await connection.QuerySingleOrDefaultAsync<ListingRow>(
            $"select {ListingRow.Columns} from listings l where l.listing_id = @JobId and {VisibilityFilter.Sql}", parameters, transaction);
        if (listing is null)
        {
            return TypedResults.NotFound();
        }

        if (listing.Status != "active")
        {
            return Problems.Conflict(title: "The listing does not take applications.", detail: $"The listing is {listing.Status}.");
        }

        if (listing.ApplicationDeadline is { } deadline && ApplicationResponse.Utc(deadline) <= now
            || listing.ExpiresAt is { } expires && ApplicationResponse.Utc(expires) <= now)
        {
            return Problems.Conflict(title: "The listing does not take applications.", detail: "The listing is past its application deadline.");
        }

        var questions = JsonSerializer.Deserialize<List<ScreeningQuestion>>(listing.ScreeningQuestions, Snapshots.Json) ?? [];
        var given = (request.ScreeningAnswers ?? []).Select(a => (a!.QuestionId!.Value, a.Answer ?? default)).ToList();
        var screening = ScreeningCheck.Check(questions, given);
        if (screening.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(screening.Errors);
        }

        var profile = await connection.QuerySingleOrDefaultAsync<string>(
            "select profile::text from candidate_profiles where user_id = @UserId", new { caller.UserId }, transaction);
        var snapshot = profile is not null
            ? JsonSerializer.Deserialize<ApplicantSnapshot>(profile, Snapshots.Json)!
            : SnapshotFrom(request.Applicant);

        var id = Guid.CreateVersion7();
        var status = screening.Knockout ? ApplicationStatus.Rejected : ApplicationStatus.Submitted;
        var inserted = await connection.ExecuteAsync("""
            insert into applications (
                id, job_id, organization_id, applicant_user_id, status, cover_letter, resume_document_id, portfolio_url,
                applicant_name, applicant_email, applicant_phone, snapshot, screening_answers, knockout, rejection_reason,
                applied_at, updated_at)
            values (
                @Id, @JobId, @OrganizationId, @UserId, @Status, @CoverLetter, @ResumeDocumentId, @PortfolioUrl,
                @Name, @Email, @Phone, @Snapshot::jsonb, @Answers::jsonb, @Knockout, @RejectionReason, @Now, @Now)
            on conflict (job_id, applicant_user_id) do nothing
            """,
            new
            {
                Id = id,
                JobId = jobId,
                listing.OrganizationId,
                caller.UserId,
                Status = SnakeCase.Of(status),
                CoverLetter = request.CoverLetter?.Trim(),
                request.ResumeDocumentId,
                PortfolioUrl = request.PortfolioUrl?.Trim(),
                Name = request.Applicant?.Name?.Trim(),
                Email = request.Applicant?.Email?.Trim(),
                Phone = request.Applicant?.Phone?.Trim(),
                Snapshot = JsonSerializer.Serialize(snapshot, Snapshots.Json),
                Answers = JsonSerializer.Serialize(screening.Answers, Snapshots.Json),
                screening.Knockout,
                RejectionReason = screening.Knockout ? SnakeCase.Of(RejectionReason.ScreeningKnockout) : null,
                Now = now,
            },
            transaction);
        if (inserted == 0)
        {
            return Problems.Conflict(title: "Already applied.", detail: "The caller has already applied to this listing.");
        }

        await connection.ExecuteAsync("""
            insert into application_status_history (application_id, from_status, to_status, actor_user_id, reason, changed_at)
            values (@Id, null, 'submitted', @UserId, null, @Now)
            """, new { Id = id, caller.UserId, Now = now }, transaction);
        await Outbox.EnqueueAsync(connection, transaction, new ApplicationSubmitted(
            Guid.NewGuid(), now, id, jobId, listing.OrganizationId, caller.UserId!.Value, listing.JobCategory, SnakeCase.Of(status), snapshot));
        if (screening.Knockout)
        {
            // The applicant is told through the status change; the hiring team still finds it under status=rejected.
            await connection.ExecuteAsync("""
                insert into application_status_history (application_id, from_status, to_status, actor_user_id, reason, changed_at)
                values (@Id, 'submitted', 'rejected', null, 'screening_knockout', @Now)
                """, new { Id = id, Now = now }, transaction);
            await Outbox.EnqueueAsync(connection, transaction, new ApplicationStatusChanged(
                Guid.NewGuid(), now, id, jobId, listing.OrganizationId, caller.UserId!.Value, "submitted", "rejected", "screening_knockout", null));
            await ApplicantNotices.RejectedAsync(connection, transaction, id, jobId, caller.UserId!.Value, listing.Title, "screening_knockout", null, now);
        }

        await transaction.CommitAsync(cancellationToken);
        var created = await services.Store.GetAsync(id, caller, Access.ApplicantSql, cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/applications/{id}", ApplicationResponse.From(created!, viewerIsApplicant: true));
    }

    private static ApplicantSnapshot SnapshotFrom(ApplicantRequest? a) => new(
        a?.CurrentTitle?.Trim(),
        (a?.Skills ?? []).Select(s => s!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        (a?.Certifications ?? []).Select(c => new CertificationSnapshot(c!.Name!.Trim(), c.Issuer?.Trim(), c.ExpiresOn)).ToList(),
        a?.YearsExperience,
        a?.City?.Trim(),
        a?.StateProvince?.Trim(),
        a?.Country?.Trim(),
        a?.PostalCode?.Trim(),
        null,
        null);

    internal static Dictionary<string, string[]> Validate(ApplyRequest request)
    {
        var errors = new ValidationErrors();
        errors.Length("cover_letter", request.CoverLetter, 0, 10000);
        errors.Url("portfolio_url", request.PortfolioUrl);
        var answers = request.ScreeningAnswers ?? [];
        errors.Check(answers.Count <= 100, "screening_answers", "screening_answers has at most 100 items.");
        for (var i = 0; i < answers.Count; i++)
        {
            errors.Check(answers[i] is not null, $"screening_answers[{i}]", "An answer is an object.");
            errors.Check(answers[i] is null || answers[i]!.QuestionId is not null, $"screening_answers[{i}].question_id", "question_id is required.");
        }

        if (request.Applicant is { } a)
        {
            errors.Length("applicant.name", a.Name, 1, 200);
            errors.Length("applicant.email", a.Email, 3, 320);
            errors.Check(a.Email is null || a.Email.Contains('@', StringComparison.Ordinal), "applicant.email", "applicant.email is an e-mail address.");
            errors.Length("applicant.phone", a.Phone, 3, 40);
            errors.Length("applicant.current_title", a.CurrentTitle, 1, 200);
            errors.List("applicant.skills", a.Skills, 100, 100);
            errors.Range("applicant.years_experience", a.YearsExperience, 0m, 70m);
            errors.Length("applicant.city", a.City, 1, 100);
            errors.Length("applicant.state_province", a.StateProvince, 1, 100);
            errors.Length("applicant.country", a.Country, 2, 100);
            errors.Length("applicant.postal_code", a.PostalCode, 1, 20);
            var certifications = a.Certifications ?? [];
            errors.Check(certifications.Count <= 50, "applicant.certifications", "applicant.certifications has at most 50 items.");
            for (var i = 0; i < certifications.Count; i++)
            {
                errors.Check(certifications[i] is not null, $"applicant.certifications[{i}]", "A certification is an object.");
                errors.Length($"applicant.certifications[{i}].name", certifications[i]?.Name, 1, 200, required: certifications[i] is not null);
                errors.Length($"applicant.certifications[{i}].issuer", certifications[i]?.Issuer, 1, 200);
            }
        }

        return errors.ToDictionary();
    }
}
