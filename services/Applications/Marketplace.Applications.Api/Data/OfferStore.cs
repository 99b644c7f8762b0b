using Dapper;
using Npgsql;

namespace Marketplace.Applications.Api.Data;

/// <summary>
/// Offers: at most one open (extended or counter_requested) per application, revised in place; then accepted,
/// declined, withdrawn by the employer, or expired.
/// </summary>
public static class OfferStore
{
    public const string Columns = """
        id, application_id, revision, position_title, compensation_type, amount, currency, start_date, benefits, terms,
        expires_at, status, response_reason, responded_at, created_at, updated_at
        """;

    public const string OpenSql = "status in ('extended', 'counter_requested')";

    public static Task<OfferRow?> LatestAsync(NpgsqlConnection connection, Guid applicationId, CancellationToken cancellationToken) =>
        connection.QueryFirstOrDefaultAsync<OfferRow>(new CommandDefinition(
            $"select {Columns} from offers where application_id = @ApplicationId order by created_at desc, id desc limit 1",
            new { ApplicationId = applicationId }, cancellationToken: cancellationToken));

    public static Task<OfferRow?> LockOpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId) =>
        connection.QuerySingleOrDefaultAsync<OfferRow>(
            $"select {Columns} from offers where application_id = @ApplicationId and {OpenSql} for update",
            new { ApplicationId = applicationId }, transaction);

    public static Task<int> WithdrawOpenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid applicationId, DateTimeOffset now) =>
        connection.ExecuteAsync(
            $"update offers set status = 'withdrawn', updated_at = @Now where application_id = @ApplicationId and {OpenSql}",
            new { ApplicationId = applicationId, Now = now }, transaction);

    public static Task<OfferRow> SetStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid offerId, string status, string? reason, DateTimeOffset now) =>
        connection.QuerySingleAsync<OfferRow>($"""
            update offers set status = @Status, response_reason = @Reason,
                responded_at = case when @Status in ('accepted', 'declined', 'counter_requested') then @Now else responded_at end,
                updated_at = @Now
            where id = @Id
            returning {Columns}
            """, new { Id = offerId, Status = status, Reason = reason, Now = now }, transaction);
}
