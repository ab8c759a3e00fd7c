{
  description = "A long description that goes past the one-hundred column limit of nixfmt, which keeps strings attached to the name.";
  fetched = final: prev: {
    hello = prev.hello.overrideAttrs (old: {
      doCheck = false;
    });
  };
  indentedLines = ''
    ''\  starts indented
        and keeps it
  '';
  script = ''
    #!/bin/sh
    set -eu
    for f in '''*.txt; do
      echo "''${f}" '$HOME'
    done
  '';
  trailingQuote = ''
    ends with a quote'
    next line''\''';
  windows = "crlf\r\nstays a double-quoted string\r\n";
}
