# Sourced by the bench scripts: N network namespaces TAG-1..TAG-N, each with an up veth pair inside (root).
make_namespaces() {   # TAG N
  local i
  for i in $(seq "$2"); do
    ip netns add "$1-$i"
    ip link add veth0 netns "$1-$i" type veth peer name veth1 netns "$1-$i"
    ip -n "$1-$i" link set veth0 up
    ip -n "$1-$i" link set veth1 up
  done
}

remove_namespaces() { # TAG N
  local i
  for i in $(seq "$2"); do ip netns del "$1-$i" 2>/dev/null || true; done
}
