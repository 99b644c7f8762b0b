using System.Runtime.Versioning;

// Marketplace.Testing runs Redis (and the other servers) as local Linux processes; see docs/adr/0010.
[assembly: SupportedOSPlatform("linux")]
