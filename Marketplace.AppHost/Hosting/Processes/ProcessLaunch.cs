namespace Marketplace.AppHost.Hosting.Processes;

/// <summary>What to run: the executable, its arguments, extra environment and working directory.</summary>
public sealed record ProcessLaunch(
    string FileName,
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string?> Environment,
    string? WorkingDirectory = null);
