namespace Marketplace.Applications.Api.Interviewing;

/// <summary>One question: <see cref="Kind"/> behavioral or technical, <see cref="Basis"/> what it was built from, <see cref="Source"/> local or llm.</summary>
public sealed record InterviewQuestion(string Kind, string Text, string Basis, string Source);
