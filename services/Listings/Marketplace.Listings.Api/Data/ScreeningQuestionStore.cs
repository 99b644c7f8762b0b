using Dapper;
using Marketplace.Contracts.Listings;
using Npgsql;

namespace Marketplace.Listings.Api.Data;

/// <summary>The screening questions of a listing, in their order.</summary>
public static class ScreeningQuestionStore
{
    public static async Task<IReadOnlyList<ScreeningQuestionSnapshot>> SnapshotsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid listingId)
    {
        var rows = await connection.QueryAsync<ScreeningQuestionRow>("""
            select id, text, question_type, required, sort_order, options, knockout_answer
            from screening_questions
            where listing_id = @ListingId
            order by sort_order, created_at
            """, new { ListingId = listingId }, transaction);
        return rows.Select(r => new ScreeningQuestionSnapshot(r.Id, r.Text, r.QuestionType, r.Required, r.SortOrder, r.Options, r.KnockoutAnswer))
            .ToList();
    }
}
