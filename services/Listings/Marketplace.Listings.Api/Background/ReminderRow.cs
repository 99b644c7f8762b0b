namespace Marketplace.Listings.Api.Background;

public sealed class ReminderRow
{
    public Guid Id { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid CreatedBy { get; init; }
    public string Title { get; init; } = "";
    public DateTime ExpiresAt { get; init; }
}
