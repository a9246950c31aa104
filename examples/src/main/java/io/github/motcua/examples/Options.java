/*
 * Copyright 2026 the motcua authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.motcua.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of a command: {@code --name value} or {@code --name=value}, each at most once, {@code
 * --help} (or {@code -h}) and a command's flags without a value.
 */
final class Options {
  private Options() {}

  /** A bad argument: the message says what was wrong and what is allowed. */
  static final class BadArgument extends Exception {
    private static final long serialVersionUID = 1L;

    BadArgument(String message) {
      super(message);
    }
  }

  /**
   * Reads the arguments into options by name; {@code --help} maps to an empty value.
   *
   * @throws BadArgument for an option not allowed, one without its value, or one given twice
   */
  static Map<String, String> parse(String[] args, Set<String> allowed) throws BadArgument {
    return parse(args, allowed, Set.of());
  }

  /**
   * Reads the arguments into options by name; {@code --help} and the flags (options without a
   * value, such as {@code --fresh}) map to an empty value.
   *
   * @throws BadArgument for an option not allowed, one without its value, a flag given a value, or
   *     one given twice
   */
  static Map<String, String> parse(String[] args, Set<String> allowed, Set<String> flags)
      throws BadArgument {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        opts.put("--help", "");
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new BadArgument(name + " takes no value; got '" + a + "'");
        }
        value = "";
      } else if (!allowed.contains(name)) {
        throw new BadArgument(
            "unknown argument '"
                + a
                + "'; allowed: "
                + String.join(
                    ", ",
                    java.util.stream.Stream.concat(allowed.stream(), flags.stream())
                        .sorted()
                        .toList()));
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new BadArgument(name + " needs a value");
        }
        value = args[++i];
      }
      if (opts.put(name, value) != null) {
        throw new BadArgument(name + " is given twice");
      }
    }
    return opts;
  }
}
