using Marketplace.Contracts.Notifications;
using Marketplace.ServiceDefaults.Outbox;
using Npgsql;

namespace Marketplace.Applications.Api.Data;

/// <summary>
/// What the applicant is told, as NotificationRequested in the same transaction as the change: a rejection (with the
/// employer's feedback when given, and screening knockouts at once). One notice per application and kind.
/// </summary>
public static class ApplicantNotices
{
    public static Task RejectedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, Guid jobId, Guid applicantUserId,
        string jobTitle, string reason, string? feedback, DateTimeOffset now)
    {
        var data = new Dictionary<string, string>
        {
            ["application_id"] = applicationId.ToString(),
            ["job_id"] = jobId.ToString(),
            ["reason"] = reason,
        };
        if (feedback is not null)
        {
            data["feedback"] = feedback;
        }

        return Outbox.EnqueueAsync(connection, transaction, new NotificationRequested(
            Guid.NewGuid(), now, "applications", applicantUserId, "email", "application_rejected",
            $"Your application for {jobTitle}",
            feedback is null
                ? $"Thank you for applying for {jobTitle}. The employer will not be taking your application further."
                : $"Thank you for applying for {jobTitle}. The employer will not be taking your application further. Their feedback: {feedback}",
            data, $"application_rejected:{applicationId}"));
    }
}
