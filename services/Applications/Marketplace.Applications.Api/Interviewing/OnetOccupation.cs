namespace Marketplace.Applications.Api.Interviewing;

/// <summary>What O*NET says about one occupation: its title, core tasks (in O*NET's order), most important skills and hot technologies.</summary>
public sealed record OnetOccupation(string Code, string Title, IReadOnlyList<string> Tasks, IReadOnlyList<string> Skills, IReadOnlyList<string> Technologies);
