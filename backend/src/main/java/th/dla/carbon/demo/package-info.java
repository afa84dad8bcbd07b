/**
 * Demo mode: data that makes a fresh installation look alive (loaded through each module's public API, so it
 * obeys the same rules as real input), the national-scale generator used by benchmarks, and the start-up notice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package th.dla.carbon.demo;
