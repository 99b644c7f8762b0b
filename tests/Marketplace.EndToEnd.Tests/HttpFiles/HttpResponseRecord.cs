namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>What a named request answered, for the requests after it.</summary>
public sealed record HttpResponseRecord(int Status, IReadOnlyDictionary<string, string> Headers, string Body);
