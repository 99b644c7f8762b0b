namespace Marketplace.Web.Api.Seek;

/// <summary>What Applications answers for the applicant's own application (the parts the apply screen shows).</summary>
public sealed record SubmittedApplication(Guid Id, Guid JobId, string JobTitle, string Status, DateTimeOffset AppliedAt, bool Knockout);
