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
package io.github.motcua.persistence.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts what reaches the server: round trips (each statement execution, each
 * batch execution, each commit or rollback) and statements (each executed statement and each
 * statement added to a batch). Fetch sizes set on statements are recorded too.
 */
final class CountingDataSource {
  final AtomicInteger roundTrips = new AtomicInteger();
  final AtomicInteger statements = new AtomicInteger();
  final List<Integer> fetchSizes = Collections.synchronizedList(new ArrayList<>());
  final DataSource dataSource;

  CountingDataSource(DataSource target) {
    this.dataSource =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (p, m, args) -> {
                  Object r = invoke(target, m, args);
                  return r instanceof Connection c ? connection(c) : r;
                });
  }

  void reset() {
    roundTrips.set(0);
    statements.set(0);
    fetchSizes.clear();
  }

  private Connection connection(Connection c) {
    InvocationHandler h =
        (p, m, args) -> {
          String n = m.getName();
          if (n.equals("commit") || n.equals("rollback")) {
            roundTrips.incrementAndGet();
          }
          Object r = invoke(c, m, args);
          return r instanceof Statement s ? statement(s) : r;
        };
    return (Connection)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
  }

  private Statement statement(Statement s) {
    List<Class<?>> ifaces = new ArrayList<>();
    for (Class<?> i :
        new Class<?>[] {
          java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class
        }) {
      if (i.isInstance(s)) {
        ifaces.add(i);
        break;
      }
    }
    InvocationHandler h =
        (p, m, args) -> {
          String n = m.getName();
          if (n.equals("executeBatch") || n.equals("executeLargeBatch")) {
            roundTrips.incrementAndGet();
          } else if (n.startsWith("execute")) {
            roundTrips.incrementAndGet();
            statements.incrementAndGet();
          } else if (n.equals("addBatch")) {
            statements.incrementAndGet();
          } else if (n.equals("setFetchSize")) {
            fetchSizes.add((Integer) args[0]);
          }
          return invoke(s, m, args);
        };
    return (Statement)
        Proxy.newProxyInstance(getClass().getClassLoader(), ifaces.toArray(new Class<?>[0]), h);
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
