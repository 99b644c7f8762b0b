using System.Runtime.Versioning;

// The benchmark starts PostgreSQL through the test infrastructure, which runs local Linux processes.
[assembly: SupportedOSPlatform("linux")]
