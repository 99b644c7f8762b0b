namespace Marketplace.Web.Api.Emergency;

/// <summary>What respond answered: the stored answer, and whether it won the job (first-accept jobs).</summary>
public sealed record AnswerOutcome(Guid JobId, TechnicianAnswer Response, bool Assigned, string JobStatus);
