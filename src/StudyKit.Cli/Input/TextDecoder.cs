using System.Text;

namespace StudyKit.Cli.Input;

/// <summary>
/// Decodes an article or roster file: UTF-8 with or without BOM, UTF-16 with BOM; rejects binary files
/// (PDF, images, archives) and invalid UTF-8 with a message that names the problem.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new StudyKitInputException(path, "the file is empty");
        }
        if (Binary(bytes) is { } kind)
        {
            throw new StudyKitInputException(path, $"this is {kind}, not a text file; save the article as plain text (.txt)");
        }
        string text;
        if (bytes is [0xFF, 0xFE, ..])
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                throw new StudyKitInputException(path, $"the file is not valid UTF-8 (at byte {start + Math.Max(0, e.Index)}); save it as UTF-8 text");
            }
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new StudyKitInputException(path, "the file contains NUL characters: it is not a text file");
        }
        return text;
    }

    private static string? Binary(byte[] b) => b switch
    {
        [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
        [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
        [0x50, 0x4B, 0x03, 0x04, ..] => "a zip archive (or a Word/OpenDocument file)",
        [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Office document",
        _ => null,
    };
}
