# bash completion for xfrmtop (generated from the command line model; do not edit)
_xfrmtop() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    -w|--record|-r|--replay|--netns-path)
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
    -i|--interface)
      COMPREPLY=($(compgen -W "$(ls /sys/class/net 2>/dev/null)" -- "$cur"))
      return ;;
    -N|--netns)
      COMPREPLY=($(compgen -W "$(ls /run/netns 2>/dev/null)" -- "$cur"))
      return ;;
    -d|--interval|-n|--count|--nic-filter|--alert|--listen|--max-sa-series)
      COMPREPLY=()
      return ;;
    --format)
      COMPREPLY=($(compgen -W "text json" -- "$cur"))
      return ;;
  esac
  COMPREPLY=($(compgen -W "-d --interval -b --batch -n --count --format --no-color -i --interface --nic-filter -w --record -r --replay --alert --alert-exit-first -N --netns --netns-path -A --all-netns --listen --quiet --max-sa-series -h --help -V --version" -- "$cur"))
}
complete -F _xfrmtop xfrmtop
