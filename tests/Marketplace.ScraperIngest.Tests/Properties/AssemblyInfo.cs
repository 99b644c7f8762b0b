using System.Runtime.Versioning;

// The functional tests host their servers through Marketplace.Testing, which runs them as local Linux processes.
[assembly: SupportedOSPlatform("linux")]
