namespace Marketplace.Applications.Api.Interviewing;

/// <summary>What interview questions are built from: the job's category, title and requirements.</summary>
public sealed record JobProfile(
    string Title,
    string JobCategory,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> Equipment);
