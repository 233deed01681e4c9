import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The service's Prometheus metrics, in a registry of its own (one per server instance). */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: "ggzy_http_requests_total", help: "HTTP requests by route and status", labelNames: ["method", "route", "status"], registers: [this.registry] });
  readonly latency = new Histogram({
    name: "ggzy_http_request_duration_seconds",
    help: "HTTP request latency by route",
    labelNames: ["method", "route"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly findings = new Counter({ name: "ggzy_findings_total", help: "Findings by rule", labelNames: ["rule"], registers: [this.registry] });
  readonly streamsStopped = new Counter({
    name: "ggzy_streams_stopped_total",
    help: "Streamed requests (batch, risk) stopped before the end of their body, by route and reason (IDLE_TIMEOUT, TIMEOUT, UNAVAILABLE, INTERNAL, CLIENT_NOT_READING)",
    labelNames: ["route", "reason"],
    registers: [this.registry],
  });
  readonly decisions = new Counter({ name: "ggzy_decisions_total", help: "Decisions by endpoint and verdict", labelNames: ["endpoint", "verdict"], registers: [this.registry] });

  constructor(defaults = false) {
    if (defaults) collectDefaultMetrics({ register: this.registry });
  }
}
