namespace Marketplace.EndToEnd.Tests.HttpFiles;

/// <summary>One request of a .http file, still holding its <c>{{…}}</c> references.</summary>
/// <param name="Line">The request line's number in the file (1-based), for messages.</param>
/// <param name="Title">The text after its <c>###</c> separator.</param>
/// <param name="Name">Its <c># @name</c>, by which later requests read its response.</param>
/// <param name="Expected">Statuses its <c># @expect</c> line declares; empty means any 2xx.</param>
public sealed record HttpExample(
    int Line,
    string Title,
    string? Name,
    IReadOnlyList<int> Expected,
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body)
{
    public bool Accepts(int status) => Expected.Count == 0 ? status is >= 200 and < 300 : Expected.Contains(status);

    public override string ToString() => $"line {Line} {Method} {Url} ({Title})";
}
