namespace AwsCodegen.Cli.Completion;

/// <summary>The completion scripts: each hands the words before the cursor and the current word to awscg __complete.</summary>
internal static class CompletionScripts
{
    public const string Bash = """
        # awscg completion for bash. Load it with: eval "$(awscg completion bash)"
        _awscg_complete()
        {
            local cur="${COMP_WORDS[COMP_CWORD]}"
            local IFS=$'\n'
            COMPREPLY=($(awscg __complete "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null))
        }
        complete -o default -F _awscg_complete awscg

        """;

    public const string Zsh = """
        #compdef awscg
        # awscg completion for zsh. Load it (after compinit) with: eval "$(awscg completion zsh)"
        _awscg() {
          local -a candidates
          candidates=(${(f)"$(awscg __complete "${(@Q)words[2,CURRENT-1]}" "${(Q)PREFIX}" 2>/dev/null)"})
          if (( ${#candidates} )); then
            compadd -a candidates
          else
            _files
          fi
        }
        if (( $+functions[compdef] )); then
          compdef _awscg awscg
        fi

        """;

    public const string Fish = """
        # awscg completion for fish. Load it with: awscg completion fish | source
        function __awscg_complete
            set -l tokens (commandline -opc)
            set -e tokens[1]
            set -l current (commandline -ct)
            awscg __complete $tokens "$current" 2>/dev/null
        end
        complete -c awscg -f -a '(__awscg_complete)'

        """;
}
