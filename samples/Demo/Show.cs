namespace Demo;

/// <summary>Prints the demo's progress: numbered steps with aligned details.</summary>
internal static class Show
{
    public static void Title(string text)
    {
        Console.WriteLine();
        Console.WriteLine(text);
    }

    public static void Progress(string text) => Console.WriteLine($"      … {text}");

    public static void Step(int number, string title)
    {
        Console.WriteLine();
        Console.WriteLine($"[{number}/6] {title}");
    }

    public static void Detail(string label, object? value) => Console.WriteLine($"      {label,-24} {value}");

    /// <summary>Shows only the last three digits of a BSN, even a fictional one.</summary>
    public static string MaskBsn(string? bsn) => bsn is { Length: > 3 } ? $"******{bsn[^3..]}" : "(none)";
}
