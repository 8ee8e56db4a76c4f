using System;
using AwsCodegen.Cli.Shell;
using NUnit.Framework;

namespace AwsCodegen.Cli.Tests.Shell;

/// <summary>The shell's line editor, key by key.</summary>
public sealed class LineEditorTests
{
    private static ConsoleKeyInfo Char(char c) => new(c, ConsoleKey.NoName, false, false, false);
    private static ConsoleKeyInfo Key(ConsoleKey key) => new('\0', key, false, false, false);
    private static ConsoleKeyInfo Control(char letter) => new((char)(letter - 'a' + 1), ConsoleKey.A + (letter - 'a'), false, false, true);

    private static void Type(LineEditor editor, string text)
    {
        foreach (char c in text) Assert.That(editor.Handle(Char(c)), Is.EqualTo(EditorAction.Redraw));
    }

    [Test]
    public void Typing_moving_and_killing_edit_the_line_as_readline_does()
    {
        var editor = new LineEditor(Array.Empty<string>());
        Type(editor, "sqs list-queues");
        editor.Handle(Control('w'));
        Assert.That(editor.Text, Is.EqualTo("sqs "));
        Type(editor, "create-queue");
        editor.Handle(Control('a'));
        editor.Handle(Key(ConsoleKey.Delete));
        Assert.That(editor.Text, Is.EqualTo("qs create-queue"));
        editor.Handle(Key(ConsoleKey.RightArrow));
        editor.Handle(Key(ConsoleKey.RightArrow));
        editor.Handle(Control('k'));
        Assert.That(editor.Text, Is.EqualTo("qs"));
        editor.Handle(Key(ConsoleKey.Backspace));
        Assert.That((editor.Text, editor.Cursor), Is.EqualTo(("q", 1)));
        editor.Handle(Control('u'));
        Assert.That(editor.Text, Is.Empty);
        Assert.That(editor.Handle(Control('d')), Is.EqualTo(EditorAction.EndOfInput), "Ctrl-D on an empty line leaves");
        Type(editor, "x");
        Assert.That(editor.Handle(Control('c')), Is.EqualTo(EditorAction.Abandon));
        Assert.That(editor.Handle(Key(ConsoleKey.Tab)), Is.EqualTo(EditorAction.Complete));
        Assert.That(editor.Handle(Key(ConsoleKey.Enter)), Is.EqualTo(EditorAction.Submit));
    }

    [Test]
    public void Up_and_down_walk_the_history_and_bring_back_the_line_being_typed()
    {
        var editor = new LineEditor(new[] { "first", "second" });
        Type(editor, "draft");
        editor.Handle(Key(ConsoleKey.UpArrow));
        Assert.That(editor.Text, Is.EqualTo("second"));
        editor.Handle(Key(ConsoleKey.UpArrow));
        Assert.That(editor.Handle(Key(ConsoleKey.UpArrow)), Is.EqualTo(EditorAction.None), "nothing above the oldest");
        Assert.That((editor.Text, editor.Cursor), Is.EqualTo(("first", 5)));
        editor.Handle(Key(ConsoleKey.DownArrow));
        editor.Handle(Key(ConsoleKey.DownArrow));
        Assert.That(editor.Text, Is.EqualTo("draft"));
    }

    [Test]
    public void A_long_line_scrolls_to_keep_the_cursor_on_the_screen_and_the_hint_goes_below()
    {
        var editor = new LineEditor(Array.Empty<string>());
        Type(editor, new string('a', 30) + "END");
        string drawn = editor.Render("> ", 20, "hint");
        Assert.That(drawn, Does.StartWith("\r> " + new string('a', 14) + "END\x1b[K\r\n\x1b[2mhint\x1b[0m\x1b[K\x1b[1A\r\x1b[19C"));
        Assert.That(editor.Render("> ", 80, null), Does.Contain("\r\n\x1b[K\x1b[1A"), "no hint: the line below is cleared");
    }

    [Test]
    public void A_single_candidate_completes_with_a_space_and_several_give_their_common_prefix()
    {
        Assert.That(new ShellCompletion("cre", new[] { "create-queue" }).Insertion, Is.EqualTo("ate-queue "));
        Assert.That(new ShellCompletion("--return-", new[] { "--return-consumed-capacity", "--return-values" }).Insertion, Is.Empty);
        Assert.That(new ShellCompletion("d", new[] { "describe-table", "describe-backup" }).Insertion, Is.EqualTo("escribe-"));
    }
}
